import type { PrismaClient } from '../../../src/lib/server/db/generated/client';
import type { AttendanceStatus } from '../../../src/lib/domain/outcomes';
import { ABSENCE_REASONS } from '../../../src/lib/domain/vocabularies';
import type { MeasurePoint } from '../../../src/lib/domain/change';

/** A small seeded PRNG (mulberry32), so a failing history can be replayed from its seed. */
export function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
	return { next, int, pick, chance: (p: number) => next() < p };
}

const day = (d: number, h = 10) => new Date(Date.UTC(2030, 0, 1 + d, h));

export interface HistoryMeasure {
	id: string;
	/** scores a response may have: chosen so that some changes sit exactly on the reliable-change line */
	scores: number[];
}

/** Norms whose reliable-change line falls on round changes: Δ 49 (SD 25, r .5) and Δ 98 (SD 50, r .5; SD 125, r .92). */
export const LINE_NORMS = [
	{ sd: 25, reliability: 0.5, higherIsBetter: true, scores: [0, 1, 49, 50, 98] },
	{ sd: 50, reliability: 0.5, higherIsBetter: false, scores: [0, 98, 99, 196, 97] },
	{ sd: 125, reliability: 0.92, higherIsBetter: true, scores: [2, 100, 1, 198, 101] }
];

/** Organization measures with the line norms (created once per database). */
export async function lineMeasures(prisma: PrismaClient, organizationId: string): Promise<HistoryMeasure[]> {
	const out: HistoryMeasure[] = [];
	for (const [i, n] of LINE_NORMS.entries()) {
		const m = await prisma.measure.create({
			data: {
				organizationId,
				kind: 'CUSTOM',
				nameZh: `边界量表${i}`,
				nameEn: `Line scale ${i}`,
				items: [],
				itemMin: 0,
				itemMax: 200,
				higherIsBetter: n.higherIsBetter,
				sd: n.sd,
				reliability: n.reliability
			}
		});
		out.push({ id: m.id, scores: n.scores });
	}
	return out;
}

/**
 * Writes one random group history: sessions whose dates run out of order, some not held; attendance with every
 * status and gaps; responses at every point with tied times and ids in mixed case, two baselines, END rows saved
 * before later sessions, responses of a deleted session; GAS goals added after baseline or never followed up.
 */
export async function writeRandomHistory(
	prisma: PrismaClient,
	o: { organizationId: string; userId: string; seed: number; measures: HistoryMeasure[]; gasId: string }
) {
	const rnd = random(o.seed);
	const org = o.organizationId;
	const group = await prisma.group.create({
		data: {
			organizationId: org,
			name: `随机小组 ${o.seed}`,
			theme: 'CUSTOM',
			plannedSessionCount: 5,
			startDate: day(0),
			status: 'RUNNING'
		}
	});
	const sessions: { id: string }[] = [];
	for (let number = 1; number <= 5; number++)
		sessions.push(
			await prisma.session.create({
				data: {
					organizationId: org,
					groupId: group.id,
					number,
					stage: 'WORKING',
					// Sometimes a session is rescheduled past the next one.
					scheduledAt: day(number * 7 + (rnd.chance(0.3) ? 10 : 0)),
					plannedMinutes: rnd.pick([60, 90]),
					status: rnd.chance(0.7) ? 'DONE' : rnd.pick(['PLANNED', 'CANCELLED'] as const)
				}
			})
		);
	const members: { id: string }[] = [];
	for (let i = 0; i < 5; i++)
		members.push(
			await prisma.member.create({
				data: {
					organizationId: org,
					code: `R${o.seed}-${i}`,
					consentScope: ['PARTICIPATION', 'NOTES', 'MEASURES'],
					enrollments: { create: { organizationId: org, groupId: group.id } }
				}
			})
		);
	const statuses: AttendanceStatus[] = ['PRESENT', 'LATE', 'LEFT_EARLY', 'ABSENT', 'EXCUSED'];
	// Absence reasons from a stream of their own, so that the rest of each seed's history stays as it was.
	const reasons = random(o.seed + 7919);
	await prisma.attendance.createMany({
		data: sessions.flatMap((s) =>
			members
				.filter(() => rnd.chance(0.85))
				.map((m) => {
					const status = rnd.pick(statuses);
					return {
						organizationId: org,
						sessionId: s.id,
						memberId: m.id,
						status,
						absenceReason:
							(status === 'ABSENT' || status === 'EXCUSED') && reasons.chance(0.8)
								? reasons.pick(ABSENCE_REASONS)
								: null,
						recordedById: o.userId
					};
				})
		)
	});
	const idChars = 'aAbBzZ09';
	let counter = 0;
	const response = (memberId: string, measureId: string, goalId: string | null, score: number) => {
		const point = rnd.pick([
			'BASELINE',
			'BASELINE',
			'SESSION',
			'SESSION',
			'SESSION',
			'END'
		] as MeasurePoint[]);
		const sessionId = point === 'SESSION' ? (rnd.chance(0.1) ? null : rnd.pick(sessions).id) : null;
		const tied = rnd.int(0, 4);
		return {
			// Ids in mixed case: SQL must order them as JavaScript does ("C" collation), not by a locale.
			id: `${rnd.pick([...idChars])}${rnd.pick([...idChars])}-${o.seed}-${counter++}`,
			organizationId: org,
			measureId,
			groupId: group.id,
			memberId,
			goalId,
			sessionId,
			point,
			takenAt: day(tied),
			createdAt: day(rnd.int(0, 1), 12),
			itemScores: [],
			score,
			createdById: o.userId
		};
	};
	const rows = [];
	for (const m of members) {
		for (const measure of o.measures)
			for (let k = rnd.int(0, 5); k > 0; k--)
				rows.push(response(m.id, measure.id, null, rnd.pick(measure.scores)));
		for (let g = rnd.int(0, 3); g > 0; g--) {
			const goal = await prisma.goalScale.create({
				data: {
					organizationId: org,
					groupId: group.id,
					memberId: m.id,
					title: `目标${g}`,
					weight: rnd.pick([1, 2, 0.5, 1.5]),
					levels: ['-2', '-1', '0', '1', '2']
				}
			});
			for (let k = rnd.int(0, 4); k > 0; k--) rows.push(response(m.id, o.gasId, goal.id, rnd.int(-2, 2)));
		}
	}
	await prisma.measureResponse.createMany({ data: rows });
	return group.id;
}
