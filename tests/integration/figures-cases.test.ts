import { expect, it } from 'vitest';
import type { PrismaClient } from '../../src/lib/server/db/generated/client';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { lineMeasures } from './support/histories';
import { gasTScore } from '../../src/lib/domain/outcomes';
import { HUGHES_2004 } from '../../src/lib/domain/measure-catalog';

async function codeOf(promise: Promise<unknown>) {
	try {
		await promise;
		return 'OK';
	} catch (error) {
		return error instanceof Error && 'code' in error
			? `${String(error.code)} ${error.message}`
			: String(error);
	}
}

const day = (d: number) => new Date(Date.UTC(2031, 0, d, 10));

/** One member of a new group of `organizationId` whose loneliness score goes 9 → 7: reliable only with an SD below 1.36. */
async function lonelinessGroup(prisma: PrismaClient, organizationId: string, userId: string) {
	const measureId = (await prisma.measure.findUniqueOrThrow({ where: { key: 'loneliness-3' } })).id;
	const group = await prisma.group.create({
		data: { organizationId, name: '孤独感', theme: 'ELDER_SOCIAL', plannedSessionCount: 2, startDate: day(1) }
	});
	const member = await prisma.member.create({
		data: {
			organizationId,
			code: 'L-1',
			consentScope: ['PARTICIPATION', 'NOTES', 'MEASURES'],
			enrollments: { create: { organizationId, groupId: group.id } }
		}
	});
	const base = {
		organizationId,
		measureId,
		groupId: group.id,
		memberId: member.id,
		itemScores: [],
		createdById: userId
	};
	await prisma.measureResponse.createMany({
		data: [
			{ ...base, point: 'BASELINE', takenAt: day(1), score: 9 },
			{ ...base, point: 'END', takenAt: day(20), score: 7 }
		]
	});
	return { measureId, groupId: group.id, memberId: member.id };
}

/**
 * One group where the old pages disagreed: an END saved before a later session's entry, a rescheduled session,
 * two baselines, identical timestamps, a GAS goal added after baseline and one never followed up, changes exactly
 * on the reliable-change line, an excused absence, and attendance marked on a session that was not held.
 */
async function casesGroup(prisma: PrismaClient, world: Awaited<ReturnType<typeof demoWorld>>) {
	const org = world.organizationId;
	const user = world.users.facilitator;
	const group = await prisma.group.create({
		data: {
			organizationId: org,
			name: '边界小组',
			theme: 'CUSTOM',
			plannedSessionCount: 5,
			startDate: day(1)
		}
	});
	// Session 3 was moved past session 4; session 5 is not held yet.
	const dates = [7, 14, 30, 25, 35];
	const S: { id: string }[] = [];
	for (const [i, d] of dates.entries())
		S.push(
			await prisma.session.create({
				data: {
					organizationId: org,
					groupId: group.id,
					number: i + 1,
					stage: 'WORKING',
					scheduledAt: day(d),
					plannedMinutes: 60,
					status: i < 4 ? 'DONE' : 'PLANNED'
				}
			})
		);
	const M: { id: string }[] = [];
	for (let i = 1; i <= 4; i++)
		M.push(
			await prisma.member.create({
				data: {
					organizationId: org,
					code: `E-${i}`,
					consentScope: ['PARTICIPATION', 'NOTES', 'MEASURES'],
					enrollments: { create: { organizationId: org, groupId: group.id } }
				}
			})
		);
	const att = (s: number, m: number, status: 'PRESENT' | 'ABSENT' | 'EXCUSED') => ({
		organizationId: org,
		sessionId: S[s - 1].id,
		memberId: M[m - 1].id,
		status,
		recordedById: user
	});
	await prisma.attendance.createMany({
		data: [
			att(1, 1, 'PRESENT'),
			att(2, 1, 'EXCUSED'),
			att(1, 2, 'ABSENT'),
			att(2, 2, 'EXCUSED'),
			att(3, 2, 'ABSENT'),
			att(5, 2, 'PRESENT'),
			att(5, 3, 'ABSENT')
		]
	});
	const rating = (await prisma.measure.findUniqueOrThrow({ where: { key: 'goal-rating' } })).id;
	const gas = (await prisma.measure.findUniqueOrThrow({ where: { key: 'gas' } })).id;
	const [l25, l50, l125] = (await lineMeasures(prisma, org)).map((m) => m.id);
	let n = 0;
	const resp = (
		m: number,
		measureId: string,
		point: 'BASELINE' | 'SESSION' | 'END',
		session: number | null,
		taken: number,
		score: number,
		o: { goalId?: string; id?: string; created?: number } = {}
	) => ({
		id: o.id ?? `case-${n++}`,
		organizationId: org,
		measureId,
		groupId: group.id,
		memberId: M[m - 1].id,
		goalId: o.goalId ?? null,
		sessionId: session ? S[session - 1].id : null,
		point,
		takenAt: day(taken),
		createdAt: day(o.created ?? taken),
		itemScores: [],
		score,
		createdById: user
	});
	const goal = (m: number, title: string) =>
		prisma.goalScale.create({
			data: {
				organizationId: org,
				groupId: group.id,
				memberId: M[m - 1].id,
				title,
				weight: 1,
				levels: ['-2', '-1', '0', '1', '2']
			}
		});
	const [g1, g2, g3, g4] = [
		await goal(1, 'g1'),
		await goal(1, 'g2'),
		await goal(2, 'g3'),
		await goal(2, 'g4')
	];
	await prisma.measureResponse.createMany({
		data: [
			// An END entry saved on day 20 and a session-4 entry on day 28: the END is the follow-up (2 → 3).
			resp(1, rating, 'BASELINE', null, 1, 2),
			resp(1, rating, 'SESSION', 4, 28, 9),
			resp(1, rating, 'END', null, 20, 3),
			// Session 3 rescheduled after session 4: session 4 is the follow-up (2 → 4).
			resp(2, rating, 'BASELINE', null, 1, 2),
			resp(2, rating, 'SESSION', 3, 30, 9),
			resp(2, rating, 'SESSION', 4, 25, 4),
			// Two baselines: the first counts (2 → 5).
			resp(3, rating, 'BASELINE', null, 1, 2),
			resp(3, rating, 'BASELINE', null, 5, 8),
			resp(3, rating, 'END', null, 20, 5),
			// Identical times: the larger id in code-unit order ('a' > 'Z') wins (5 → 1).
			resp(4, rating, 'BASELINE', null, 1, 5),
			resp(4, rating, 'END', null, 20, 9, { id: 'Zz-case' }),
			resp(4, rating, 'END', null, 20, 1, { id: 'aa-case' }),
			// GAS: g2 added after baseline is not in the T-score; g4 has no follow-up, so member 2 has no GAS change.
			resp(1, gas, 'BASELINE', null, 1, -1, { goalId: g1.id }),
			resp(1, gas, 'END', null, 20, 1, { goalId: g1.id }),
			resp(1, gas, 'SESSION', 4, 28, 2, { goalId: g2.id }),
			resp(2, gas, 'BASELINE', null, 1, -2, { goalId: g3.id }),
			resp(2, gas, 'END', null, 20, 0, { goalId: g3.id }),
			resp(2, gas, 'BASELINE', null, 1, -1, { goalId: g4.id }),
			// Exactly on the reliable-change line: no reliable change; member 4 is just past it.
			resp(1, l25, 'BASELINE', null, 1, 0),
			resp(1, l25, 'END', null, 20, 49),
			resp(2, l50, 'BASELINE', null, 1, 98),
			resp(2, l50, 'END', null, 20, 0),
			resp(3, l125, 'BASELINE', null, 1, 2),
			resp(3, l125, 'END', null, 20, 100),
			resp(4, l125, 'BASELINE', null, 1, 2),
			resp(4, l125, 'END', null, 20, 101)
		]
	});
	return { groupId: group.id, members: M.map((m) => m.id), rating, gas, l25, l50, l125 };
}

onEachDatabase(
	'figures: the cases that disagreed',
	async (db) => {
		const world = await demoWorld(db.prisma);
		return { ...world, prisma: db.prisma, cases: await casesGroup(db.prisma, world) };
	},
	(world) => {
		const outcomes = () => world().as.supervisor.reports.outcomes({ groupId: world().cases.groupId });
		const progress = (i: number) =>
			world().as.supervisor.reports.memberProgress({
				groupId: world().cases.groupId,
				memberId: world().cases.members[i - 1]
			});

		it('picks END before any session, the highest session number over the latest date, the first baseline, and breaks exact ties by id', async () => {
			const { cases } = world();
			const rating = (await outcomes()).measures.find((m) => m.measureId === cases.rating)!;
			// Changes +1, +2, +3, −4.
			expect(rating.change!.n).toBe(4);
			expect(rating.change!.mean).toBeCloseTo(0.5, 12);
			expect(rating.meanBaseline).toBeCloseTo(11 / 4, 12);
			expect(rating.meanLatest).toBeCloseTo(13 / 4, 12);
			const pairs = [];
			for (const i of [1, 2, 3, 4]) {
				const s = (await progress(i)).series.find((x) => x.measureId === cases.rating)!;
				pairs.push([s.baseline, s.latest]);
			}
			expect(pairs).toEqual([
				[2, 3],
				[2, 4],
				[2, 5],
				[5, 1]
			]);
		});

		it('scores GAS over the goals set at baseline, on every page', async () => {
			const { cases } = world();
			const gas = (await outcomes()).measures.find((m) => m.measureId === cases.gas)!;
			expect(gas.change!.n).toBe(1);
			expect(gas.change!.mean).toBeCloseTo(20, 10);
			const one = (await progress(1)).gas;
			expect([one.baselineT, one.followUpT]).toEqual([40, 60]);
			const two = (await progress(2)).gas;
			expect(two.baselineT).toBeCloseTo(
				gasTScore([
					{ weight: 1, score: -2 },
					{ weight: 1, score: -1 }
				]),
				12
			);
			expect(two.followUpT).toBeNull();
		});

		it('does not call a change exactly on the line reliable, in SQL or on the member page', async () => {
			const { cases } = world();
			const o = await outcomes();
			const counts = (id: string) => {
				const m = o.measures.find((x) => x.measureId === id)!;
				return [m.classified, m.improved, m.worse];
			};
			expect(counts(cases.l25)).toEqual([1, 0, 0]);
			expect(counts(cases.l50)).toEqual([1, 0, 0]);
			expect(counts(cases.l125)).toEqual([2, 1, 0]);
			const cls = async (i: number, id: string) =>
				(await progress(i)).series.find((s) => s.measureId === id)!.change;
			expect(await cls(1, cases.l25)).toBe('NO_CHANGE');
			expect(await cls(2, cases.l50)).toBe('NO_CHANGE');
			expect(await cls(3, cases.l125)).toBe('NO_CHANGE');
			expect(await cls(4, cases.l125)).toBe('IMPROVED');
			const cmp = await world().as.supervisor.supervision.compare({ from: '2031-01-01', to: '2031-01-01' });
			expect(cmp.groups[0].measures[cases.l25]).toMatchObject({ classified: 1, improved: 0 });
			expect(cmp.groups[0].measures[cases.l50]).toMatchObject({ classified: 1, improved: 0 });
			expect(cmp.groups[0].measures[cases.l125]).toMatchObject({ classified: 2, improved: 1 });
		});

		it('leaves excused absences and sessions not held out of the rate, and out of absence streaks', async () => {
			const one = await progress(1);
			expect(one.summary).toMatchObject({ rate: 1, attended: 1, counted: 1, excused: 1, missedInARow: 0 });
			const two = await progress(2);
			expect(two.summary).toMatchObject({ rate: 0, counted: 2, missedInARow: 2, longestMissed: 2 });
			// Held sessions only: 1 attended of 3 counted; session 5's marks are not in the rate.
			const o = await outcomes();
			expect(o.attendance).toMatchObject({ attended: 1, absent: 2, excused: 2, rate: 1 / 3 });
			const cmp = await world().as.supervisor.supervision.compare({ from: '2031-01-01', to: '2031-01-01' });
			expect(cmp.groups[0].attendanceRate).toBeCloseTo(1 / 3, 12);
		});

		it('keeps each scale’s norms with their sources, set by a supervisor, and shows clinical significance', async () => {
			const { as, cases } = world();
			const scales = await as.facilitator.measures.scales();
			const ucla = scales.find((x) => x.key === 'loneliness-3')!;
			expect([ucla.reliabilityKind, ucla.reliabilitySource, ucla.sdSource]).toEqual([
				'INTERNAL_CONSISTENCY',
				HUGHES_2004,
				null
			]);
			expect(scales.find((x) => x.key === 'goal-rating')!.reliabilitySource).toBeNull();
			const norms = {
				measureId: cases.l125,
				reliability: 0.92,
				reliabilityKind: 'TEST_RETEST' as const,
				reliabilitySource: 'Manual (2020), p. 12',
				sd: 125,
				sdSource: null,
				functionalMean: 150,
				functionalSd: 20,
				clinicalMean: 50,
				clinicalSd: 20,
				normSource: 'Manual (2020), table 3'
			};
			expect(await codeOf(as.facilitator.measures.updateNorms(norms))).toBe('FORBIDDEN errors.FORBIDDEN');
			expect(await codeOf(as.supervisor.measures.updateNorms({ ...norms, reliabilityKind: null }))).toMatch(
				/^BAD_REQUEST/
			);
			expect(await codeOf(as.otherAdmin.measures.updateNorms(norms))).toMatch(/^NOT_FOUND/);
			await as.supervisor.measures.updateNorms(norms);
			const own = (await as.supervisor.measures.scales()).find((x) => x.id === cases.l125)!;
			expect([own.reliabilitySource, own.sdSource, own.clinicalCutoff]).toEqual([
				'Manual (2020), p. 12',
				null,
				100
			]);
			// Member 4: 2 → 101 is a reliable improvement past c = 100; member 3 (2 → 100) is not reliable.
			const cls = async (i: number) =>
				(await progress(i)).series.find((x) => x.measureId === cases.l125)!.clinical;
			expect([await cls(4), await cls(3)]).toEqual(['RECOVERED', 'NOT_RECOVERED']);
		});

		it('uses an organization’s own SD for a built-in scale in its figures only, audited; others keep the published one', async () => {
			const { as, prisma, organizationId, otherOrganizationId, users, otherAdminId } = world();
			const a = await lonelinessGroup(prisma, organizationId, users.facilitator);
			const b = await lonelinessGroup(prisma, otherOrganizationId, otherAdminId);
			const counts = async (caller: typeof as.supervisor, g: typeof a) => {
				const m = (await caller.reports.outcomes({ groupId: g.groupId })).measures.find(
					(x) => x.measureId === g.measureId
				)!;
				return [m.classified, m.improved, m.worse];
			};
			const change = async (caller: typeof as.supervisor, g: typeof a) =>
				(await caller.reports.memberProgress({ groupId: g.groupId, memberId: g.memberId })).series.find(
					(x) => x.measureId === g.measureId
				)!.change;
			// The comparison reads the classification the database keeps: it follows the organization's norms too.
			const compared = async (caller: typeof as.supervisor, g: typeof a) => {
				const m = (await caller.supervision.compare({ from: '2031-01-01', to: '2031-01-01' })).groups.find(
					(x) => x.id === g.groupId
				)!.measures[g.measureId];
				return [m.classified, m.improved];
			};
			const ucla = async (caller: typeof as.supervisor) =>
				(await caller.measures.scales()).find((x) => x.id === a.measureId)!;
			// With the catalog's SD 1.6 a 2-point drop is not reliable (1.96·√2·1.6·√0.28 ≈ 2.35).
			expect(await counts(as.supervisor, a)).toEqual([1, 0, 0]);
			expect(await compared(as.supervisor, a)).toEqual([1, 0]);
			expect(await change(as.supervisor, a)).toBe('NO_CHANGE');
			const norms = {
				measureId: a.measureId,
				reliability: null,
				reliabilityKind: null,
				reliabilitySource: null,
				sd: 1.2,
				sdSource: 'Local sample 2030',
				functionalMean: null,
				functionalSd: null,
				clinicalMean: null,
				clinicalSd: null,
				normSource: null
			};
			expect(await codeOf(as.facilitator.measures.updateNorms(norms))).toBe('FORBIDDEN errors.FORBIDDEN');
			expect(await ucla(as.supervisor)).toMatchObject({ sd: 1.6, orgNorms: false });
			await as.supervisor.measures.updateNorms(norms);
			// The reliability left empty keeps the published value and its source; the SD is the organization's.
			expect(await ucla(as.supervisor)).toMatchObject({
				sd: 1.2,
				sdSource: 'Local sample 2030',
				reliability: 0.72,
				reliabilitySource: HUGHES_2004,
				orgNorms: true,
				builtIn: true
			});
			expect(await counts(as.supervisor, a)).toEqual([1, 1, 0]);
			expect(await compared(as.supervisor, a)).toEqual([1, 1]);
			expect(await change(as.supervisor, a)).toBe('IMPROVED');
			// Another organization: the same change, the published SD.
			expect(await counts(as.otherAdmin, b)).toEqual([1, 0, 0]);
			expect(await compared(as.otherAdmin, b)).toEqual([1, 0]);
			expect(await change(as.otherAdmin, b)).toBe('NO_CHANGE');
			expect(await ucla(as.otherAdmin)).toMatchObject({ sd: 1.6, sdSource: null, orgNorms: false });
			expect((await prisma.measure.findUniqueOrThrow({ where: { id: a.measureId } })).sd).toBe(1.6);
			const audit = await prisma.auditLog.findMany({
				where: { entity: 'MeasureNorms', entityId: a.measureId }
			});
			expect(audit.map((r) => [r.organizationId, r.userId, r.action])).toEqual([
				[organizationId, users.supervisor, 'UPDATE']
			]);
			// Cleared again: back to the published SD.
			await as.supervisor.measures.updateNorms({ ...norms, sd: null, sdSource: null });
			expect(await counts(as.supervisor, a)).toEqual([1, 0, 0]);
			expect(await compared(as.supervisor, a)).toEqual([1, 0]);
			expect(await ucla(as.supervisor)).toMatchObject({ sd: 1.6, sdSource: null });
			// Population norms for a built-in scale: criterion c for this organization only.
			const population = { functionalMean: 4, functionalSd: 1, clinicalMean: 7, clinicalSd: 1 };
			await as.supervisor.measures.updateNorms({
				...norms,
				sd: null,
				...population,
				normSource: 'Local 2030'
			});
			expect(await ucla(as.supervisor)).toMatchObject({ clinicalCutoff: 5.5, normSource: 'Local 2030' });
			expect(await ucla(as.otherAdmin)).toMatchObject({ clinicalCutoff: null, normSource: null });
		});
	}
);
