import { TRPCError } from '@trpc/server';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import type { PrismaClient } from '../../src/lib/server/db/generated/client';
import { onEachDatabase } from './support/databases';
import { callerFor, demoWorld, type Caller } from './support/callers';
import { AppError } from '../../src/lib/server/errors';

async function codeOf(promise: Promise<unknown>) {
	try {
		await promise;
		return 'OK';
	} catch (error) {
		return error instanceof TRPCError || error instanceof AppError
			? `${error.code} ${error.message}`
			: `not a TRPCError: ${String(error)}`;
	}
}

/** t(0.975; 2) from a printed t table, so the interval check does not lean on the code under test. */
const T_975_DF2 = 4.302652729749464;

/**
 * A small group with known numbers (see the expectations in each test):
 * members A, B, C, D; D left after session 2. Sessions 1–3 run (90, 90, 60 min), session 4 planned.
 */
async function knownGroup(prisma: PrismaClient, world: Awaited<ReturnType<typeof demoWorld>>) {
	const org = world.organizationId;
	const lead = world.users.facilitator;
	const group = await prisma.group.create({
		data: {
			organizationId: org,
			name: '测试成效小组',
			theme: 'CUSTOM',
			goals: ['提升情绪管理能力'],
			plannedSessionCount: 4,
			startDate: new Date('2025-03-03T02:00:00Z'),
			status: 'RUNNING',
			leaders: { create: { organizationId: org, userId: lead, role: 'LEAD' } }
		}
	});
	const members = [];
	for (const code of ['T-A', 'T-B', 'T-C', 'T-D']) {
		members.push(
			await prisma.member.create({
				data: {
					organizationId: org,
					code,
					realName: `真名${code}`,
					consentScope: ['PARTICIPATION', 'NOTES', 'MEASURES'],
					enrollments: { create: { organizationId: org, groupId: group.id } }
				}
			})
		);
	}
	const [A, B, C, D] = members.map((m) => m.id);
	const times = [
		'2025-03-03T02:00:00Z',
		'2025-03-10T02:00:00Z',
		'2025-03-31T17:00:00Z',
		'2025-04-07T02:00:00Z'
	];
	const minutes = [90, 90, 60, 90];
	const sessions = [];
	for (const [i, at] of times.entries())
		sessions.push(
			await prisma.session.create({
				data: {
					organizationId: org,
					groupId: group.id,
					number: i + 1,
					stage: 'WORKING',
					scheduledAt: new Date(at),
					plannedMinutes: minutes[i],
					status: i < 3 ? 'DONE' : 'PLANNED'
				}
			})
		);
	const [S1, S2, S3] = sessions.map((s) => s.id);
	const statuses: [string, string, string][] = [
		[S1, A, 'PRESENT'],
		[S1, B, 'LATE'],
		[S1, C, 'ABSENT'],
		[S1, D, 'EXCUSED'],
		[S2, A, 'PRESENT'],
		[S2, B, 'PRESENT'],
		[S2, C, 'PRESENT'],
		[S2, D, 'ABSENT'],
		[S3, A, 'LEFT_EARLY'],
		[S3, B, 'ABSENT'],
		[S3, C, 'PRESENT']
	];
	await prisma.attendance.createMany({
		data: statuses.map(([sessionId, memberId, status]) => ({
			organizationId: org,
			sessionId,
			memberId,
			status: status as 'PRESENT',
			recordedById: lead
		}))
	});
	for (const [sessionId, resolved] of [
		[S1, false],
		[S2, true],
		[S2, false]
	] as const)
		await prisma.conflictLog.create({
			data: {
				organizationId: org,
				groupId: group.id,
				sessionId,
				type: 'OTHER',
				severity: 1,
				description: '测试',
				resolved,
				createdById: lead,
				members: { create: [{ memberId: A }] }
			}
		});
	const note = (from: string, to: string | null, kind: 'SUPPORTS' | 'ASKS' | 'SHARES') => ({
		organizationId: org,
		groupId: group.id,
		sessionId: S1,
		fromMemberId: from,
		toMemberId: to,
		kind,
		createdById: lead
	});
	await prisma.interactionNote.createMany({
		data: [note(A, B, 'SUPPORTS'), note(A, B, 'SUPPORTS'), note(B, A, 'ASKS'), note(A, null, 'SHARES')]
	});

	// Scores go through the router, as a leader enters them on the tablet.
	const as: Caller = world.as.facilitator;
	const rating = (await prisma.measure.findUniqueOrThrow({ where: { key: 'goal-rating' } })).id;
	const save = (
		memberId: string,
		point: 'BASELINE' | 'SESSION' | 'END',
		sessionId: string | null,
		score: number
	) =>
		as.measures.save({
			groupId: group.id,
			memberId,
			point,
			sessionId,
			scores: [{ measureId: rating, itemScores: [score] }]
		});
	await save(A, 'BASELINE', null, 2);
	await save(B, 'BASELINE', null, 5);
	await save(C, 'BASELINE', null, 6);
	await save(D, 'BASELINE', null, 4);
	await save(A, 'SESSION', S3, 6);
	await save(B, 'SESSION', S2, 6);
	await save(C, 'SESSION', S1, 7);
	await save(C, 'END', null, 3);
	const goalA1 = await as.measures.createGoal({
		groupId: group.id,
		memberId: A,
		title: '平复情绪',
		weight: 2,
		levels: ['l-2', 'l-1', 'l0', 'l+1', 'l+2']
	});
	const goalA2 = await as.measures.createGoal({
		groupId: group.id,
		memberId: A,
		title: '表达感受',
		weight: 1,
		levels: ['l-2', 'l-1', 'l0', 'l+1', 'l+2']
	});
	await as.measures.save({
		groupId: group.id,
		memberId: A,
		point: 'BASELINE',
		goals: [
			{ goalId: goalA1.id, level: -2 },
			{ goalId: goalA2.id, level: -1 }
		]
	});
	await as.measures.save({
		groupId: group.id,
		memberId: A,
		point: 'SESSION',
		sessionId: S3,
		goals: [
			{ goalId: goalA1.id, level: 1 },
			{ goalId: goalA2.id, level: 0 }
		]
	});
	await prisma.enrollment.update({
		where: { groupId_memberId: { groupId: group.id, memberId: D } },
		data: { leftAt: new Date('2025-03-20T00:00:00Z') }
	});
	return { group, ids: { A, B, C, D }, sessions: { S1, S2, S3 }, rating };
}

onEachDatabase(
	'reports',
	async (db) => {
		const world = await demoWorld(db.prisma);
		return { ...world, known: await knownGroup(db.prisma, world) };
	},
	(world) => {
		it('computes attendance per session, retention, service hours and conflicts exactly', async () => {
			const { as, known } = world();
			const o = await as.supervisor.reports.outcomes({ groupId: known.group.id });
			expect(o.sessions.map((s) => [s.number, s.attended, s.recorded, s.absent, s.excused])).toEqual([
				[1, 2, 4, 1, 1],
				[2, 3, 4, 1, 0],
				[3, 2, 3, 1, 0],
				[4, 0, 0, 0, 0]
			]);
			expect(o.attendance).toEqual({ attended: 7, absent: 3, excused: 1, counted: 10, rate: 0.7 });
			expect(o.retention).toEqual({ enrolled: 4, active: 3, rate: 0.75 });
			expect(o.serviceHours).toBe(4);
			expect(o.conflicts).toEqual({ total: 3, resolved: 1 });
			expect(o.sessions.map((s) => [s.conflicts, s.resolved])).toEqual([
				[1, 0],
				[2, 1],
				[0, 0],
				[0, 0]
			]);
		});

		it('computes mean change with its 95% interval and the share reliably improved', async () => {
			const { as, known } = world();
			const o = await as.supervisor.reports.outcomes({ groupId: known.group.id });
			const rating = o.measures.find((m) => m.key === 'goal-rating')!;
			// Changes: A 2→6 (+4), B 5→6 (+1), C 6→3 (the END score is the latest, −3); D has no follow-up.
			const sd = Math.sqrt(((4 - 2 / 3) ** 2 + (1 - 2 / 3) ** 2 + (-3 - 2 / 3) ** 2) / 2);
			expect(rating.change!.n).toBe(3);
			expect(rating.change!.mean).toBeCloseTo(2 / 3, 10);
			expect(rating.change!.sd).toBeCloseTo(sd, 10);
			expect(rating.change!.low).toBeCloseTo(2 / 3 - (T_975_DF2 * sd) / Math.sqrt(3), 8);
			expect(rating.change!.high).toBeCloseTo(2 / 3 + (T_975_DF2 * sd) / Math.sqrt(3), 8);
			expect(rating.meanBaseline).toBeCloseTo(13 / 3, 10);
			// Reliable change for the 0–10 rating (SD 2, r .8): |Δ| > 1.96·√2·2·√0.2 = 2.479 → A improved, C worse, B neither.
			expect([rating.improved, rating.worse, rating.classified]).toEqual([1, 1, 3]);
			expect(rating.shareImproved).toBeCloseTo(1 / 3, 12);
		});

		it('scores GAS as weighted T-scores and counts goals attained', async () => {
			const { as, known } = world();
			const o = await as.facilitator.reports.outcomes({ groupId: known.group.id });
			const gas = o.measures.find((m) => m.key === 'gas')!;
			const denominator = Math.sqrt(0.7 * (4 + 1) + 0.3 * 9);
			const t1 = 50 + (10 * (2 * -2 + 1 * -1)) / denominator;
			const t2 = 50 + (10 * (2 * 1 + 1 * 0)) / denominator;
			expect(gas.change!.n).toBe(1);
			expect(gas.change!.mean).toBeCloseTo(t2 - t1, 8);
			expect(gas.classified).toBe(0);
			expect(o.gas).toEqual({ goals: 2, attained: 2, progressed: 2 });
		});

		it('draws the interaction network with isolated members and the participation balance', async () => {
			const { as, known } = world();
			const o = await as.facilitator.reports.outcomes({ groupId: known.group.id });
			const byCode = Object.fromEntries(o.sociogram.nodes.map((n) => [n.code, n]));
			expect([byCode['T-A'].initiated, byCode['T-B'].initiated, byCode['T-A'].received]).toEqual([3, 1, 1]);
			expect(o.sociogram.nodes.filter((n) => n.isolated).map((n) => n.code)).toEqual(['T-C', 'T-D']);
			// Counts 3, 1, 0, 0: Gini* = (1·1 + 3·3) / (3·4) = 10/12, balance = 1/6.
			expect(o.sociogram.balance).toBeCloseTo(1 / 6, 12);
			expect(o.sociogram.edges.find((e) => e.kind === 'SUPPORTS')!.count).toBe(2);
		});

		it('shows real names on a member’s progress to leaders only, and audits the read', async () => {
			const { as, known, db } = world();
			const before = await db.prisma.auditLog.count({
				where: { entity: 'MemberProgress', memberId: known.ids.A }
			});
			const lead = await as.facilitator.reports.memberProgress({
				groupId: known.group.id,
				memberId: known.ids.A
			});
			const sup = await as.supervisor.reports.memberProgress({
				groupId: known.group.id,
				memberId: known.ids.A
			});
			expect(lead.member.realName).toBe('真名T-A');
			expect(sup.member.realName).toBeNull();
			expect(
				await db.prisma.auditLog.count({ where: { entity: 'MemberProgress', memberId: known.ids.A } })
			).toBe(before + 2);
			const rating = lead.series.find((s) => s.key === 'goal-rating')!;
			expect(rating.points).toEqual([
				{ slot: 'BASELINE', score: 2, source: 'STAFF' },
				{ slot: 3, score: 6, source: 'STAFF' }
			]);
			expect(rating.change).toBe('IMPROVED');
			const half = 1.96 * Math.SQRT2 * 2 * Math.sqrt(0.2);
			expect(rating.band!.low).toBeCloseTo(2 - half, 10);
			// A attended S1, S2, S3 (left early counts as attended).
			expect(lead.summary).toMatchObject({ rate: 1, attended: 3, counted: 3, missedInARow: 0 });
			const c = await as.facilitator.reports.memberProgress({
				groupId: known.group.id,
				memberId: known.ids.B
			});
			expect(c.summary).toMatchObject({ rate: 2 / 3, missedInARow: 1 });
			expect(lead.timeline.some((e) => e.type === 'CONFLICT')).toBe(true);
			expect(lead.gas.points.map((p) => p.slot)).toEqual(['BASELINE', 3]);
		});

		it('compares groups with the same figures, filtered by theme, leader and start date', async () => {
			const { as, known, teen, users } = world();
			const custom = await as.supervisor.supervision.compare({ themes: ['CUSTOM'] });
			expect(custom.groups.map((g) => g.id)).toEqual([known.group.id]);
			const g = custom.groups[0];
			expect([g.sessionsDone, g.enrolled, g.attendanceRate, g.retention, g.serviceHours]).toEqual([
				3, 4, 0.7, 0.75, 4
			]);
			expect([g.conflicts, g.conflictsResolved]).toEqual([3, 1]);
			expect(g.participationBalance).toBeCloseTo(1 / 6, 12);
			expect(g.measures[known.rating].change!.mean).toBeCloseTo(2 / 3, 10);
			expect(g.measures[known.rating].shareImproved).toBeCloseTo(1 / 3, 12);

			const led = await as.admin.supervision.compare({ facilitatorId: users.facilitator });
			expect(led.groups.map((x) => x.id).sort()).toEqual([known.group.id, teen.id].sort());
			const march = await as.admin.supervision.compare({ from: '2025-03-01', to: '2025-03-03' });
			expect(march.groups.map((x) => x.id)).toEqual([known.group.id]);
			const none = await as.admin.supervision.compare({ from: '2025-03-04', to: '2025-03-31' });
			expect(none.groups).toEqual([]);
		});

		it('counts service statistics per month in the organization’s time zone', async () => {
			const { as } = world();
			const rows = await as.supervisor.supervision.statistics({ from: '2025-01-01', to: '2025-12-31' });
			// Session 3 is 2025-03-31 17:00 UTC = 1 April 01:00 in Shanghai.
			expect(rows).toEqual([
				{
					month: '2025-03',
					theme: 'CUSTOM',
					groups: 1,
					sessions: 2,
					attendances: 5,
					serviceHours: 3,
					personHours: 7.5
				},
				{
					month: '2025-04',
					theme: 'CUSTOM',
					groups: 1,
					sessions: 1,
					attendances: 2,
					serviceHours: 1,
					personHours: 2
				}
			]);
		});

		it('builds the closing report as a Word document with native charts', async () => {
			const { as, known, db } = world();
			const report = await as.facilitator.reports.closingReport({
				groupId: known.group.id,
				reflection: '组员之间的支持明显增加。'
			});
			const bytes = Buffer.from(report.base64, 'base64');
			expect(bytes.subarray(0, 2).toString()).toBe('PK');
			const parts = unzipSync(new Uint8Array(bytes));
			expect(Object.keys(parts)).toEqual(
				expect.arrayContaining(['word/charts/chart1.xml', 'word/charts/chart2.xml'])
			);
			const body = strFromU8(parts['word/document.xml']);
			// The test callers read English: headings follow the reader's language, content stays as written.
			expect(body).toContain('Closing evaluation report');
			expect(body).toContain('4. Facilitator’s reflection');
			expect(body).toContain('组员之间的支持明显增加。');
			expect(body).toContain('提升情绪管理能力');
			expect(report.filename).toBe('测试成效小组-Closing evaluation report.docx');
			expect(
				await db.prisma.auditLog.count({ where: { entity: 'ClosingReport', groupId: known.group.id } })
			).toBe(1);
		});

		it('keeps supervision to supervisors and admins, and other organizations out', async () => {
			const { as, known, elder, teen } = world();
			expect(await codeOf(as.facilitator.supervision.compare({}))).toBe('FORBIDDEN errors.FORBIDDEN');
			expect(
				await codeOf(as.coleader.supervision.statistics({ from: '2025-01-01', to: '2025-02-01' }))
			).toMatch(/^FORBIDDEN/);
			expect(await codeOf(as.facilitator.reports.outcomes({ groupId: elder.id }))).toMatch(/^FORBIDDEN/);
			expect(await codeOf(as.otherAdmin.reports.outcomes({ groupId: teen.id }))).toMatch(/^NOT_FOUND/);
			expect(
				await codeOf(as.otherAdmin.reports.memberProgress({ groupId: known.group.id, memberId: known.ids.A }))
			).toMatch(/^NOT_FOUND/);
			expect((await as.otherAdmin.supervision.compare({})).groups).toEqual([]);
			// A member of another group is not found through this group.
			const elderMember = await world().db.prisma.enrollment.findFirstOrThrow({
				where: { groupId: elder.id }
			});
			expect(
				await codeOf(
					as.supervisor.reports.memberProgress({ groupId: known.group.id, memberId: elderMember.memberId })
				)
			).toMatch(/^NOT_FOUND/);
			expect(await codeOf(as.supervisor.supervision.compare({ from: '2025-05-01', to: '2025-04-01' }))).toBe(
				'BAD_REQUEST supervision.rangeOrder'
			);
			expect(
				await codeOf(as.supervisor.supervision.statistics({ from: '2025-02-30', to: '2025-04-01' }))
			).toMatch(/^BAD_REQUEST/);
		});

		it('compares any number of groups with the same number of queries', async () => {
			const { db, users, organizationId } = world();
			let queries = 0;
			const counting = db.prisma.$extends({
				query: {
					async $allOperations({ args, query }) {
						queries++;
						return query(args);
					}
				}
			}) as unknown as PrismaClient;
			const supervisor = await callerFor(counting, users.supervisor);
			const count = async () => {
				queries = 0;
				const result = await supervisor.supervision.compare({});
				return { queries, groups: result.groups.length };
			};
			const before = await count();
			for (let i = 0; i < 5; i++) {
				const group = await db.prisma.group.create({
					data: { organizationId, name: `批量小组${i}`, theme: 'CARER_SUPPORT', plannedSessionCount: 1 }
				});
				await db.prisma.session.create({
					data: {
						organizationId,
						groupId: group.id,
						number: 1,
						stage: 'BEGINNING',
						scheduledAt: new Date(),
						plannedMinutes: 60,
						status: 'DONE'
					}
				});
			}
			const after = await count();
			expect(after.groups).toBe(before.groups + 5);
			expect(after.queries).toBe(before.queries);
			// One statement: the groups with their summaries (GroupSummary, ChangeSummary); the organization's time
			// zone comes with the caller.
			expect(after.queries).toBe(1);
		});

		it('gives the demo groups a trend on every chart', async () => {
			const { as, teen, elder } = world();
			const t = await as.supervisor.reports.outcomes({ groupId: teen.id });
			expect(t.measures.map((m) => m.key).sort()).toEqual(['gas', 'goal-rating']);
			expect(t.gas.goals).toBe(20);
			const e = await as.supervisor.reports.outcomes({ groupId: elder.id });
			expect(e.measures.map((m) => m.key).sort()).toEqual(['goal-rating', 'loneliness-3']);
		});
	}
);
