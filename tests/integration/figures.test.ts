import { expect, it } from 'vitest';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { lineMeasures, writeRandomHistory } from './support/histories';
import { expectedFigures } from './support/expected-figures';
import { classifyChange } from '../../src/lib/domain/change';
import { absenceReasonBreakdown } from '../../src/lib/domain/attendance';
import { round } from '../../src/lib/domain/report-figures';
import { comparisonCsv } from '../../src/lib/server/services/supervision/comparison-csv';

const SEEDS = [11, 23, 37, 41, 53, 67];
const close = (actual: number | null | undefined, wanted: number | null | undefined) => {
	if (wanted === null || wanted === undefined) expect(actual ?? null).toBeNull();
	else expect(actual).toBeCloseTo(wanted, 9);
};

/**
 * Property test: random measurement and attendance histories written to the database; every SQL-backed page and
 * export (group outcomes, which the closing report draws; the supervisor's comparison and its CSV; the service
 * statistics; each member's progress) must show what the domain functions compute from the same rows.
 */
onEachDatabase(
	'figures',
	async (db) => {
		const world = await demoWorld(db.prisma);
		const gasId = (await db.prisma.measure.findUniqueOrThrow({ where: { key: 'gas' } })).id;
		const rating = (await db.prisma.measure.findUniqueOrThrow({ where: { key: 'goal-rating' } })).id;
		const measures = [
			...(await lineMeasures(db.prisma, world.organizationId)),
			{ id: rating, scores: [0, 2, 3, 5, 7, 10] }
		];
		const groups = [];
		for (const seed of SEEDS)
			groups.push(
				await writeRandomHistory(db.prisma, {
					organizationId: world.organizationId,
					userId: world.users.facilitator,
					seed,
					measures,
					gasId
				})
			);
		return { ...world, groups };
	},
	(world) => {
		it('generates histories that contain every case the rules decide', async () => {
			const { groups, db } = world();
			const rows = await db.prisma.measureResponse.findMany({
				where: { groupId: { in: groups } },
				include: { measure: true }
			});
			const key = (r: (typeof rows)[number]) => `${r.measureId}/${r.memberId}/${r.goalId}`;
			const byKey = new Map<string, typeof rows>();
			for (const r of rows) byKey.set(key(r), [...(byKey.get(key(r)) ?? []), r]);
			const lists = [...byKey.values()];
			const time = (r: (typeof rows)[number]) => `${r.takenAt.getTime()}/${r.createdAt.getTime()}`;
			const sessions = await db.prisma.session.findMany({
				where: { groupId: { in: groups } },
				orderBy: [{ groupId: 'asc' }, { number: 'asc' }]
			});
			const cases = {
				twoBaselines: lists.some((l) => l.filter((r) => r.point === 'BASELINE').length > 1),
				endBeforeLaterSession: lists.some((l) =>
					l.some((e) => e.point === 'END' && l.some((r) => r.point === 'SESSION' && r.takenAt > e.takenAt))
				),
				identicalTimes: lists.some((l) => new Set(l.map(time)).size < l.length),
				deletedSession: rows.some((r) => r.point === 'SESSION' && r.sessionId === null),
				rescheduled: sessions.some(
					(s, i) => sessions[i + 1]?.groupId === s.groupId && s.scheduledAt > sessions[i + 1].scheduledAt
				),
				goalAddedLater: lists.some((l) => l[0].goalId && l.every((r) => r.point !== 'BASELINE')),
				goalNotFollowedUp: lists.some((l) => l[0].goalId && l.every((r) => r.point === 'BASELINE')),
				onTheLine: false,
				excused: false,
				reasonGiven: false,
				noReasonRecorded: false
			};
			for (const groupId of groups) {
				const want = await expectedFigures(db.prisma, groupId);
				cases.excused ||= [...want.members.values()].some((m) => m.attendance.excused > 0);
				cases.reasonGiven ||= want.absenceReasons.lines.some((l) => l.reason && l.absent && l.excused);
				cases.noReasonRecorded ||= want.absenceReasons.lines.some((l) => !l.reason && l.absent + l.excused);
				for (const m of want.members.values())
					for (const [measureId, p] of m.plain) {
						const sd = want.measures.get(measureId)!.sd;
						const line = sd === 25 ? 49 : sd === 50 || sd === 125 ? 98 : null;
						if (p.baseline !== null && p.latest !== null && Math.abs(p.latest - p.baseline) === line)
							cases.onTheLine = true;
					}
			}
			expect(Object.entries(cases).filter(([, seen]) => !seen)).toEqual([]);
		});

		it('group outcomes (and so the closing report) equal the domain functions on random histories', async () => {
			const { as, groups, db } = world();
			for (const groupId of groups) {
				const want = await expectedFigures(db.prisma, groupId);
				const o = await as.supervisor.reports.outcomes({ groupId });
				expect(o.attendance).toEqual({
					attended: want.attendance.attended,
					absent: want.attendance.absent,
					excused: want.attendance.excused,
					counted: want.attendance.counted,
					rate: want.attendance.rate
				});
				expect(o.absenceReasons).toEqual(want.absenceReasons);
				expect(o.gas).toEqual(want.gas);
				const shown = new Map(o.measures.map((m) => [m.measureId, m]));
				for (const [measureId, summary] of want.change) {
					const m = shown.get(measureId);
					if (!summary) {
						expect(m).toBeUndefined();
						continue;
					}
					expect([m!.change!.n, m!.classified, m!.improved, m!.worse]).toEqual([
						summary.n,
						summary.classified,
						summary.improved,
						summary.worse
					]);
					close(m!.change!.mean, summary.mean);
					close(m!.change!.sd, summary.sd ?? 0);
					close(m!.meanBaseline, summary.meanBaseline);
					close(m!.meanLatest, summary.meanLatest);
				}
				expect(o.measures.length).toBe([...want.change.values()].filter(Boolean).length);
			}
		});

		it('the supervisor comparison, its CSV and the statistics equal the domain functions', async () => {
			const { as, groups, db } = world();
			const cmp = await as.supervisor.supervision.compare({ from: '2030-01-01', to: '2030-01-01' });
			expect(cmp.groups.map((g) => g.id).sort()).toEqual([...groups].sort());
			const csv = comparisonCsv(cmp, 'en').split('\r\n');
			let attendances = 0;
			for (const g of cmp.groups) {
				const want = await expectedFigures(db.prisma, g.id);
				attendances += want.attendance.attended;
				expect(g.attendanceRate).toBe(want.attendance.rate);
				const row = csv.find((line) => line.startsWith(`随机小组`) && line.includes(g.name))!;
				expect(row.split(',')[7]).toBe(String(round(want.attendance.rate, 4) ?? ''));
				for (const [measureId, summary] of want.change) {
					const m = g.measures[measureId];
					if (!summary) expect(m).toBeUndefined();
					else {
						expect([m.change!.n, m.classified, m.improved]).toEqual([
							summary.n,
							summary.classified,
							summary.improved
						]);
						close(m.change!.mean, summary.mean);
						close(m.change!.sd, summary.sd ?? 0);
					}
				}
			}
			const stats = await as.supervisor.supervision.statistics({ from: '2030-01-01', to: '2030-12-31' });
			expect(stats.reduce((s, r) => s + r.attendances, 0)).toBe(attendances);
			// The reasons over the same period: every random group's held marks, counted by the domain function.
			const reasons = await as.supervisor.supervision.absenceReasons({
				from: '2030-01-01',
				to: '2030-12-31'
			});
			const marks = await db.prisma.attendance.findMany({
				where: { session: { groupId: { in: groups }, status: 'DONE' } },
				select: { status: true, absenceReason: true }
			});
			expect(reasons).toEqual(absenceReasonBreakdown(marks));
		});

		it('each member’s progress equals the domain functions on random histories', async () => {
			const { as, groups, db } = world();
			for (const groupId of groups) {
				const want = await expectedFigures(db.prisma, groupId);
				for (const [memberId, f] of want.members) {
					const p = await as.supervisor.reports.memberProgress({ groupId, memberId });
					expect(p.summary).toEqual(f.attendance);
					expect(p.absences.length).toBe(f.attendance.absent + f.attendance.excused);
					close(p.gas.baselineT, f.gas?.baseline);
					close(p.gas.followUpT, f.gas?.followUp);
					expect(p.series.length).toBe(f.plain.size);
					for (const s of p.series) {
						const w = f.plain.get(s.measureId)!;
						expect([s.baseline, s.latest]).toEqual([w.baseline, w.latest]);
						const norms = want.measures.get(s.measureId)!;
						expect(s.change).toBe(
							w.baseline !== null && w.latest !== null ? classifyChange(w.baseline, w.latest, norms) : null
						);
					}
				}
			}
		});
	}
);
