import type { PrismaClient } from '../../../src/lib/server/db/generated/client';
import {
	gasAttainment,
	gasChange,
	pickBaseline,
	pickFollowUp,
	summarizeChange,
	type TimedResponse
} from '../../../src/lib/domain/change';
import {
	absenceReasonBreakdown,
	attendanceCounts,
	attendanceSummary,
	rateOf
} from '../../../src/lib/domain/attendance';

/**
 * A group's figures computed by the domain functions from the rows as stored: what every page and export must
 * show. Reads with plain Prisma calls, independent of the statements under test.
 */
export async function expectedFigures(prisma: PrismaClient, groupId: string) {
	const [sessions, enrollments, responses, goals] = await Promise.all([
		prisma.session.findMany({
			where: { groupId },
			orderBy: { number: 'asc' },
			select: {
				number: true,
				status: true,
				attendance: { select: { memberId: true, status: true, absenceReason: true } }
			}
		}),
		prisma.enrollment.findMany({ where: { groupId }, select: { memberId: true } }),
		prisma.measureResponse.findMany({
			where: { groupId },
			include: { session: { select: { number: true } }, measure: true }
		}),
		prisma.goalScale.findMany({ where: { groupId } })
	]);
	const timed = (r: (typeof responses)[number]): TimedResponse => ({
		id: r.id,
		point: r.point,
		sessionNumber: r.point === 'SESSION' ? (r.session?.number ?? null) : null,
		takenAt: r.takenAt,
		createdAt: r.createdAt,
		score: r.score
	});
	const held = sessions.filter((s) => s.status === 'DONE');
	const members = enrollments.map((e) => e.memberId);

	const memberFigures = new Map(
		members.map((memberId) => {
			const mine = responses.filter((r) => r.memberId === memberId);
			const plain = new Map<string, { baseline: number | null; latest: number | null }>();
			for (const measureId of new Set(mine.filter((r) => !r.goalId).map((r) => r.measureId))) {
				const rows = mine.filter((r) => r.measureId === measureId && !r.goalId).map(timed);
				plain.set(measureId, {
					baseline: pickBaseline(rows)?.score ?? null,
					latest: pickFollowUp(rows)?.score ?? null
				});
			}
			const myGoals = goals
				.filter((g) => g.memberId === memberId)
				.map((g) => ({ weight: g.weight, responses: mine.filter((r) => r.goalId === g.id).map(timed) }));
			const statuses = held.map((s) => s.attendance.find((a) => a.memberId === memberId)?.status ?? null);
			return [memberId, { plain, gas: gasChange(myGoals), attendance: attendanceSummary(statuses) }];
		})
	);

	const measures = new Map(responses.map((r) => [r.measureId, r.measure]));
	const change = new Map(
		[...measures.values()].map((m) => {
			const pairs = members.flatMap((id) => {
				const f = memberFigures.get(id)!;
				if (m.kind === 'GAS')
					return f.gas?.followUp != null ? [{ x1: f.gas.baseline, x2: f.gas.followUp }] : [];
				const p = f.plain.get(m.id);
				return p && p.baseline !== null && p.latest !== null ? [{ x1: p.baseline, x2: p.latest }] : [];
			});
			return [m.id, summarizeChange(pairs, m)];
		})
	);

	const all = attendanceCounts(held.flatMap((s) => s.attendance.map((a) => a.status)));
	return {
		members: memberFigures,
		measures,
		change,
		gas: gasAttainment(
			goals.map((g) => ({ responses: responses.filter((r) => r.goalId === g.id).map(timed) }))
		),
		attendance: { ...all, rate: rateOf(all.attended, all.absent) },
		absenceReasons: absenceReasonBreakdown(held.flatMap((s) => s.attendance))
	};
}
