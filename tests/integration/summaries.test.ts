import { expect, it } from 'vitest';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../src/lib/server/db/generated/client';
import { createTestDatabase, onEachDatabase } from './support/databases';
import { callerFor, demoWorld } from './support/callers';
import { random } from './support/histories';
import { expectedFigures } from './support/expected-figures';
import { ATTENDED_STATUSES } from '../../src/lib/domain/attendance';
import { participationBalance, retention } from '../../src/lib/domain/outcomes';
import { dayBounds, localDate } from '../../src/lib/domain/dates';
import { seedLibrary } from '../../src/lib/server/db/seed';
import { rebuildSummaries } from '../../src/lib/server/services/summaries/rebuild-summaries';
import { backupOrganization, DERIVED_TABLES } from '../../src/lib/server/services/backup/backup-organization';
import { restoreOrganization } from '../../src/lib/server/services/backup/restore-organization';
import type { AttendanceStatus } from '../../src/lib/domain/outcomes';

const STATUSES: AttendanceStatus[] = ['PRESENT', 'LATE', 'LEFT_EARLY', 'ABSENT', 'EXCUSED'];
const THEMES = ['TEEN_EMOTION', 'ELDER_SOCIAL', 'CARER_SUPPORT'];
const YEAR = { from: '2020-01-01', to: '2035-12-31' };

/** Every summary row, in a fixed order (MonthSummary rows that counted down to nothing left out). */
async function summaries(prisma: PrismaClient) {
	const out: Record<string, unknown[]> = {};
	for (const table of DERIVED_TABLES) {
		const zero =
			table === 'MonthSummary'
				? ` WHERE NOT (groups = 0 AND sessions = 0 AND minutes = 0 AND attendances = 0 AND "personMinutes" = 0)`
				: '';
		const rows = await prisma.$queryRawUnsafe<{ r: string }[]>(
			`SELECT row_to_json(t)::text AS r FROM "${table}" t${zero}`
		);
		out[table] = rows.map((x) => x.r).sort();
	}
	return out;
}

/**
 * The summaries equal the full computation: (1) the rows kept write by write equal a recomputation from scratch;
 * (2) what the comparison, the group outcomes and the statistics show from them equals the domain functions over
 * the source rows.
 */
async function expectSummariesTrue(prisma: PrismaClient, organizationId: string, supervisorId: string) {
	const kept = await summaries(prisma);
	await rebuildSummaries(prisma);
	expect(kept).toEqual(await summaries(prisma));

	const supervisor = await callerFor(prisma, supervisorId);
	const cmp = await supervisor.supervision.compare({});
	const groups = await prisma.group.findMany({ where: { organizationId }, select: { id: true } });
	expect(cmp.groups.map((g) => g.id).sort()).toEqual(groups.map((g) => g.id).sort());
	for (const g of cmp.groups) {
		const want = await expectedFigures(prisma, g.id);
		const [sessions, enrollments, notes] = await Promise.all([
			prisma.session.findMany({ where: { groupId: g.id, status: 'DONE' }, select: { plannedMinutes: true } }),
			prisma.enrollment.findMany({ where: { groupId: g.id }, select: { memberId: true, leftAt: true } }),
			prisma.interactionNote.findMany({ where: { groupId: g.id }, select: { fromMemberId: true } })
		]);
		expect(g.sessionsDone).toBe(sessions.length);
		expect(g.serviceHours).toBe(sessions.reduce((s, x) => s + x.plannedMinutes, 0) / 60);
		expect(g.attendanceRate).toBe(want.attendance.rate);
		expect(g.enrolled).toBe(enrollments.length);
		expect(g.retention).toBe(
			retention(enrollments.length, enrollments.filter((e) => e.leftAt === null).length)
		);
		expect(g.participationBalance).toBe(
			participationBalance(enrollments.map((e) => notes.filter((n) => n.fromMemberId === e.memberId).length))
		);
		for (const [measureId, summary] of want.change) {
			const m = g.measures[measureId];
			if (!summary) expect(m).toBeUndefined();
			else {
				expect([m.change!.n, m.classified, m.improved]).toEqual([
					summary.n,
					summary.classified,
					summary.improved
				]);
				expect(m.change!.mean).toBeCloseTo(summary.mean, 9);
				// The SD as the database sums it up (ChangeSummary) against the domain's two-pass one.
				expect(m.change!.sd).toBeCloseTo(summary.sd ?? 0, 9);
				expect(m.shareImproved).toBe(summary.classified > 0 ? summary.improved / summary.classified : null);
			}
		}
		expect(Object.keys(g.measures).length).toBe([...want.change.values()].filter(Boolean).length);

		// The group's outcomes read the same summaries: every change figure and the GAS attainment.
		const o = await supervisor.reports.outcomes({ groupId: g.id });
		expect(o.gas).toEqual(want.gas);
		const shown = new Map(o.measures.map((m) => [m.measureId, m]));
		for (const [measureId, summary] of want.change) {
			const m = shown.get(measureId);
			if (!summary) expect(m).toBeUndefined();
			else {
				expect([m!.change!.n, m!.classified, m!.improved, m!.worse]).toEqual([
					summary.n,
					summary.classified,
					summary.improved,
					summary.worse
				]);
				expect(m!.change!.mean).toBeCloseTo(summary.mean, 9);
				expect(m!.change!.sd).toBeCloseTo(summary.sd ?? 0, 9);
				expect(m!.meanBaseline).toBeCloseTo(summary.meanBaseline, 9);
				expect(m!.meanLatest).toBeCloseTo(summary.meanLatest, 9);
			}
		}
		expect(o.measures.length).toBe(shown.size);
		expect(shown.size).toBe([...want.change.values()].filter(Boolean).length);
	}

	// The statistics, month by month in the organization's zone, from the sessions and marks themselves.
	const { timeZone } = await prisma.organization.findUniqueOrThrow({ where: { id: organizationId } });
	const held = await prisma.session.findMany({
		where: { organizationId, status: 'DONE' },
		select: {
			groupId: true,
			scheduledAt: true,
			plannedMinutes: true,
			group: { select: { theme: true } },
			attendance: { select: { status: true } }
		}
	});
	// Whole months (read from the summaries) and a range that cuts months (their sessions counted directly).
	for (const range of [YEAR, { from: '2030-03-15', to: '2030-08-10' }]) {
		const bounds = dayBounds(range.from, range.to, timeZone);
		const rows = new Map<
			string,
			{ groups: Set<string>; sessions: number; att: number; min: number; pm: number }
		>();
		for (const s of held) {
			if (s.scheduledAt < bounds.from || s.scheduledAt >= bounds.to) continue;
			const key = `${localDate(s.scheduledAt, timeZone).slice(0, 7)}|${s.group.theme}`;
			const row = rows.get(key) ?? { groups: new Set(), sessions: 0, att: 0, min: 0, pm: 0 };
			const att = s.attendance.filter((a) =>
				(ATTENDED_STATUSES as readonly string[]).includes(a.status)
			).length;
			row.groups.add(s.groupId);
			row.sessions++;
			row.att += att;
			row.min += s.plannedMinutes;
			row.pm += att * s.plannedMinutes;
			rows.set(key, row);
		}
		const stats = await supervisor.supervision.statistics(range);
		expect(
			stats.map((r) => [r.month, r.theme, r.groups, r.sessions, r.attendances, r.serviceHours, r.personHours])
		).toEqual(
			[...rows.entries()]
				.sort(([a], [b]) => (a < b ? -1 : 1))
				.map(([key, r]) => [...key.split('|'), r.groups.size, r.sessions, r.att, r.min / 60, r.pm / 60])
		);
	}
}

onEachDatabase(
	'summaries',
	async (db) => {
		const world = await demoWorld(db.prisma);
		const measure = await db.prisma.measure.create({
			data: {
				organizationId: world.organizationId,
				kind: 'CUSTOM',
				nameZh: '汇总测试量表',
				nameEn: 'Summary scale',
				items: [],
				itemMin: 0,
				itemMax: 40,
				higherIsBetter: true,
				sd: 6,
				reliability: 0.8
			}
		});
		return { ...world, measureId: measure.id };
	},
	(world) => {
		it('equal the full computation after random writes through the services', async () => {
			const { db, as, organizationId, users, measureId, teen, elder } = world();
			const rnd = random(1717);
			const groups = [teen.id, elder.id];
			// Each group's writes by its lead facilitator, as the app would take them.
			const lead = new Map<string, Awaited<ReturnType<typeof callerFor>>>();
			for (const groupId of groups) {
				const l = await db.prisma.groupLeader.findFirstOrThrow({ where: { groupId, role: 'LEAD' } });
				lead.set(groupId, await callerFor(db.prisma, l.userId));
			}
			const keyed = () => `k${Math.floor(rnd.next() * 1e12)}`;
			const done = { marks: 0, responses: 0, sessions: 0, enrolments: 0 };
			for (let step = 0; step < 40; step++) {
				const groupId = rnd.pick(groups);
				const sessions = await db.prisma.session.findMany({ where: { groupId }, orderBy: { number: 'asc' } });
				const members = await db.prisma.enrollment.findMany({ where: { groupId, leftAt: null } });
				const op = rnd.int(0, 9);
				if (op <= 2 && sessions.length > 0 && members.length > 0) {
					const session = rnd.pick(sessions);
					const marked = members.filter((m, i) => i === 0 || rnd.chance(0.6));
					await lead.get(groupId)!.attendance.mark({
						sessionId: session.id,
						changes: marked.map((m) => ({ key: keyed(), memberId: m.memberId, status: rnd.pick(STATUSES) }))
					});
					done.marks++;
				} else if (op <= 5 && members.length > 0) {
					const point = rnd.pick(['BASELINE', 'SESSION', 'END'] as const);
					const session = sessions.length > 0 ? rnd.pick(sessions) : null;
					if (point === 'SESSION' && !session) continue;
					await lead.get(groupId)!.measures.save({
						groupId,
						memberId: rnd.pick(members).memberId,
						point,
						sessionId: point === 'SESSION' ? session!.id : null,
						scores: [{ measureId, itemScores: [rnd.int(0, 40)] }]
					});
					done.responses++;
				} else if (op === 6 && sessions.length > 0) {
					// A session held, cancelled or moved to another month; its number changed.
					const session = rnd.pick(sessions);
					await db.prisma.session.update({
						where: { id: session.id },
						data: {
							status: rnd.pick(['DONE', 'PLANNED', 'CANCELLED'] as const),
							scheduledAt: new Date(session.scheduledAt.getTime() + rnd.int(-40, 40) * 86_400_000),
							plannedMinutes: rnd.pick([60, 90, 120])
						}
					});
					done.sessions++;
				} else if (op === 7) {
					const last = sessions.at(-1);
					if (last && rnd.chance(0.4)) await db.prisma.session.delete({ where: { id: last.id } });
					else
						await db.prisma.session.create({
							data: {
								organizationId,
								groupId,
								number: (last?.number ?? 0) + 1,
								stage: 'WORKING',
								scheduledAt: new Date(Date.UTC(2030, rnd.int(0, 11), rnd.int(25, 31), 23, 30)),
								plannedMinutes: 90,
								status: 'DONE'
							}
						});
					done.sessions++;
				} else if (op === 8 && members.length > 1) {
					const other = groups.find((g) => g !== groupId)!;
					const outside = await db.prisma.enrollment.findFirst({
						where: { groupId: other, member: { enrollments: { none: { groupId } } } }
					});
					if (outside && rnd.chance(0.5))
						await lead.get(groupId)!.members.enrol({ groupId, memberId: outside.memberId });
					else
						await lead.get(groupId)!.members.withdraw({
							groupId,
							memberId: rnd.pick(members).memberId,
							reason: '搬家'
						});
					done.enrolments++;
				} else if (op === 9) {
					await db.prisma.group.update({ where: { id: groupId }, data: { theme: rnd.pick(THEMES) } });
				}
			}
			expect(Object.values(done).every((n) => n > 0)).toBe(true);
			await expectSummariesTrue(db.prisma, organizationId, users.supervisor);

			// The organization's zone moves sessions between months; erasure removes a member's every row.
			await db.prisma.organization.update({
				where: { id: organizationId },
				data: { timeZone: 'America/New_York' }
			});
			const erased = await db.prisma.enrollment.findFirstOrThrow({
				where: { groupId: teen.id },
				orderBy: { memberId: 'asc' },
				include: { member: true }
			});
			await as.admin.records.erase({ memberId: erased.memberId, confirmCode: erased.member.code });
			await expectSummariesTrue(db.prisma, organizationId, users.supervisor);
		});

		it('reclassify the change when a scale’s norms change, equal to the full computation', async () => {
			const { as, db, organizationId, users, measureId } = world();
			const norms = {
				measureId,
				reliability: 0.8,
				reliabilityKind: null,
				reliabilitySource: null,
				sd: 6,
				sdSource: null,
				functionalMean: null,
				functionalSd: null,
				clinicalMean: null,
				clinicalSd: null,
				normSource: null
			};
			const classified = async () => {
				const cmp = await as.supervisor.supervision.compare({});
				return cmp.groups.flatMap((g) => {
					const m = g.measures[measureId];
					return m ? [[m.classified, m.improved]] : [];
				});
			};
			const before = await classified();
			expect(before.some(([n]) => n > 0)).toBe(true);
			// Smaller SD, higher reliability: more changes are reliable.
			await as.supervisor.measures.updateNorms({ ...norms, sd: 2, reliability: 0.9 });
			await expectSummariesTrue(db.prisma, organizationId, users.supervisor);
			// Without an SD nothing can be classified.
			await as.supervisor.measures.updateNorms({ ...norms, sd: null });
			await expectSummariesTrue(db.prisma, organizationId, users.supervisor);
			expect((await classified()).every(([n, improved]) => n === 0 && improved === 0)).toBe(true);
			// The direction, written straight to the scale.
			await db.prisma.measure.update({ where: { id: measureId }, data: { sd: 6, higherIsBetter: false } });
			await expectSummariesTrue(db.prisma, organizationId, users.supervisor);
			await as.supervisor.measures.updateNorms(norms);
			await db.prisma.measure.update({ where: { id: measureId }, data: { higherIsBetter: true } });
			await expectSummariesTrue(db.prisma, organizationId, users.supervisor);
			expect(await classified()).toEqual(before);
		});

		it('equal the full computation after concurrent writes on separate connections', async () => {
			const { db, organizationId, users, measureId, teen } = world();
			const clients =
				db.url === null
					? [db.prisma, db.prisma, db.prisma]
					: [0, 1, 2].map(() => new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url! }) }));
			try {
				const callers = await Promise.all(clients.map((c) => callerFor(c, users.facilitator)));
				const rnd = random(4242);
				for (let round = 0; round < 4; round++) {
					const sessions = await db.prisma.session.findMany({ where: { groupId: teen.id } });
					// Members who consent to measures and have a response already (the first test erased one member:
					// its responses stay, anonymous, but it takes no new record).
					const members = await db.prisma.enrollment.findMany({
						where: {
							groupId: teen.id,
							leftAt: null,
							member: {
								erasedAt: null,
								consentScope: { has: 'MEASURES' },
								responses: { some: { groupId: teen.id } }
							}
						},
						orderBy: { memberId: 'asc' }
					});
					const session = rnd.pick(sessions);
					await Promise.all([
						...members.slice(0, 3).map((m, i) =>
							callers[i % 3].attendance.mark({
								sessionId: session.id,
								changes: [
									{
										key: `c${round}-${i}-${rnd.int(0, 1e9)}`,
										memberId: m.memberId,
										status: rnd.pick(STATUSES)
									}
								]
							})
						),
						...members.slice(0, 3).map((m, i) =>
							callers[(i + 1) % 3].measures.save({
								groupId: teen.id,
								memberId: m.memberId,
								point: rnd.pick(['BASELINE', 'END'] as const),
								scores: [{ measureId, itemScores: [rnd.int(0, 40)] }]
							})
						),
						clients[round % 3].session.update({
							where: { id: rnd.pick(sessions).id },
							data: { status: rnd.pick(['DONE', 'PLANNED'] as const) }
						})
					]);
				}
			} finally {
				if (db.url !== null) await Promise.all(clients.map((c) => c.$disconnect()));
			}
			await expectSummariesTrue(db.prisma, organizationId, users.supervisor);
		});

		it('are rebuilt by a restore, equal to the full computation', async () => {
			const { db, organizationId } = world();
			const backup = await backupOrganization(db.prisma, organizationId);
			expect(Object.keys(backup.tables)).not.toContain('GroupSummary');
			const target = await createTestDatabase(db.kind);
			try {
				await seedLibrary(target.prisma);
				await restoreOrganization(target.prisma, backup);
				const supervisor = await target.prisma.membership.findFirstOrThrow({
					where: { organizationId, role: 'SUPERVISOR' }
				});
				const before = await summaries(db.prisma);
				const after = await summaries(target.prisma);
				expect(after.GroupSummary).toEqual(before.GroupSummary);
				await expectSummariesTrue(target.prisma, organizationId, supervisor.userId);
			} finally {
				await target.close();
			}
		});
	}
);
