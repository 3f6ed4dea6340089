import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../trpc/context';
import type { GroupAccess } from '../access/require-group-access';
import { recordAudit } from '../audit/record-audit';
import { notFound } from '../../trpc/errors';
import {
	attendanceRate,
	currentAbsenceStreak,
	gasTScore,
	longestAbsenceStreak,
	reliableChange,
	reliableChangeBand,
	type AttendanceStatus
} from '../../../domain/outcomes';
import { GAS_RHO } from './change-stats';

/** A point on a member's chart: the baseline, a session (by number), or the end. */
export type ProgressSlot = 'BASELINE' | number | 'END';

/**
 * One member's progress in one group: scores per measure over time with the reliable-change band,
 * attendance, and the notes about them as a timeline. Reading it is audited.
 * The member's own rows are few, so the series are assembled here; group figures stay in SQL.
 */
export async function getMemberProgress(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	memberId: string
) {
	// One statement: with relation joins, each nested list is a LATERAL subquery of the same query.
	const enrollment = await prisma.enrollment.findFirst({
		where: { groupId: access.groupId, memberId, organizationId: access.organizationId },
		select: {
			joinedAt: true,
			leftAt: true,
			member: { select: { id: true, code: true, realName: true } },
			group: {
				select: {
					id: true,
					name: true,
					sessions: {
						orderBy: { number: 'asc' },
						select: {
							id: true,
							number: true,
							scheduledAt: true,
							status: true,
							attendance: { where: { memberId }, select: { status: true, minutesLate: true } }
						}
					},
					responses: {
						where: { memberId },
						orderBy: [{ takenAt: 'asc' }, { createdAt: 'asc' }],
						select: {
							measureId: true,
							goalId: true,
							point: true,
							sessionId: true,
							takenAt: true,
							score: true,
							measure: {
								select: {
									key: true,
									kind: true,
									nameZh: true,
									nameEn: true,
									itemMin: true,
									itemMax: true,
									items: true,
									higherIsBetter: true,
									reliability: true,
									sd: true
								}
							}
						}
					},
					goalScales: {
						where: { memberId },
						orderBy: { createdAt: 'asc' },
						select: { id: true, title: true, weight: true, levels: true }
					},
					interactions: {
						where: { OR: [{ fromMemberId: memberId }, { toMemberId: memberId }] },
						orderBy: { createdAt: 'asc' },
						select: {
							id: true,
							sessionId: true,
							kind: true,
							note: true,
							fromMemberId: true,
							toMemberId: true,
							fromMember: { select: { code: true } },
							toMember: { select: { code: true } }
						}
					},
					conflicts: {
						where: { members: { some: { memberId } } },
						orderBy: { createdAt: 'asc' },
						select: {
							id: true,
							sessionId: true,
							type: true,
							severity: true,
							description: true,
							resolved: true
						}
					},
					observations: {
						where: { memberId },
						orderBy: { createdAt: 'asc' },
						select: { id: true, sessionId: true, note: true, tags: true }
					}
				}
			}
		}
	});
	if (!enrollment) throw notFound();
	const groupId = access.groupId;
	const { sessions, responses, goalScales: goals, interactions, conflicts, observations } = enrollment.group;
	const attendance = sessions.flatMap((s) => s.attendance.map((a) => ({ sessionId: s.id, ...a })));
	await recordAudit(prisma, viewer, { action: 'READ', entity: 'MemberProgress', memberId, groupId });

	const sessionNumber = new Map(sessions.map((s) => [s.id, s.number]));
	const slotOf = (r: { point: string; sessionId: string | null }): ProgressSlot =>
		r.point === 'BASELINE'
			? 'BASELINE'
			: r.point === 'END'
				? 'END'
				: (sessionNumber.get(r.sessionId ?? '') ?? 'END');

	// Plain measures: the latest score per slot.
	const byMeasure = new Map<
		string,
		{ info: (typeof responses)[number]['measure']; points: Map<ProgressSlot, number> }
	>();
	for (const r of responses) {
		if (r.goalId) continue;
		const entry = byMeasure.get(r.measureId) ?? { info: r.measure, points: new Map() };
		entry.points.set(slotOf(r), r.score);
		byMeasure.set(r.measureId, entry);
	}
	const series = [...byMeasure.entries()].map(([measureId, { info, points }]) => {
		const ordered = orderSlots([...points.keys()]).map((slot) => ({ slot, score: points.get(slot)! }));
		const baseline = points.get('BASELINE') ?? null;
		const later = ordered.filter((p) => p.slot !== 'BASELINE');
		const latest = later.length > 0 ? later[later.length - 1].score : null;
		const canClassify = baseline !== null && info.sd !== null && info.reliability !== null;
		const itemCount = Array.isArray(info.items) ? Math.max(1, info.items.length) : 1;
		return {
			measureId,
			key: info.key,
			kind: info.kind,
			nameZh: info.nameZh,
			nameEn: info.nameEn,
			higherIsBetter: info.higherIsBetter,
			min: info.kind === 'LONELINESS' ? 3 : info.itemMin * itemCount,
			max: info.kind === 'LONELINESS' ? 9 : info.itemMax * itemCount,
			points: ordered,
			baseline,
			latest,
			band: canClassify ? reliableChangeBand(baseline, info.sd!, info.reliability!) : null,
			change:
				canClassify && latest !== null
					? reliableChange(baseline, latest, info.sd!, info.reliability!, info.higherIsBetter).classification
					: null
		};
	});

	// GAS: the T-score at each slot over the goals scored there.
	const gasLevels = new Map<ProgressSlot, Map<string, number>>();
	for (const r of responses) {
		if (!r.goalId) continue;
		const slot = slotOf(r);
		const levels = gasLevels.get(slot) ?? new Map<string, number>();
		levels.set(r.goalId, r.score);
		gasLevels.set(slot, levels);
	}
	const weightOf = new Map(goals.map((g) => [g.id, g.weight]));
	const gasPoints = orderSlots([...gasLevels.keys()]).map((slot) => ({
		slot,
		score: gasTScore(
			[...gasLevels.get(slot)!.entries()]
				.filter(([goalId]) => weightOf.has(goalId))
				.map(([goalId, score]) => ({ weight: weightOf.get(goalId)!, score })),
			GAS_RHO
		)
	}));
	const lastSlot = gasPoints.at(-1)?.slot;

	const doneSessions = sessions.filter((s) => s.status === 'DONE');
	const statusBySession = new Map(attendance.map((a) => [a.sessionId, a.status]));
	const statuses = doneSessions
		.map((s) => statusBySession.get(s.id))
		.filter((s): s is AttendanceStatus => s !== undefined);

	const codeOf = (m: { code: string } | null) => m?.code ?? null;
	const timeline = [
		...interactions.map((i) => ({
			type: 'INTERACTION' as const,
			id: i.id,
			session: sessionNumber.get(i.sessionId) ?? null,
			kind: i.kind,
			direction: i.fromMemberId === memberId ? ('OUT' as const) : ('IN' as const),
			other: i.fromMemberId === memberId ? codeOf(i.toMember) : codeOf(i.fromMember),
			text: i.note
		})),
		...conflicts.map((c) => ({
			type: 'CONFLICT' as const,
			id: c.id,
			session: sessionNumber.get(c.sessionId) ?? null,
			kind: c.type,
			severity: c.severity,
			resolved: c.resolved,
			text: c.description
		})),
		...observations.map((o) => ({
			type: 'OBSERVATION' as const,
			id: o.id,
			session: sessionNumber.get(o.sessionId) ?? null,
			tags: o.tags,
			text: o.note
		}))
	].sort((a, b) => (a.session ?? 0) - (b.session ?? 0));

	return {
		group: { id: enrollment.group.id, name: enrollment.group.name },
		isLeader: access.isLeader,
		member: {
			id: enrollment.member.id,
			code: enrollment.member.code,
			realName: access.isLeader ? enrollment.member.realName : null,
			joinedAt: enrollment.joinedAt,
			leftAt: enrollment.leftAt
		},
		sessions: sessions.map((s) => ({ ...s, attendance: statusBySession.get(s.id) ?? null })),
		summary: {
			attendanceRate: attendanceRate(statuses),
			attendedSessions: statuses.filter((s) => s === 'PRESENT' || s === 'LATE' || s === 'LEFT_EARLY').length,
			doneSessions: doneSessions.length,
			missedInARow: currentAbsenceStreak(statuses),
			longestMissed: longestAbsenceStreak(statuses)
		},
		series,
		gas: {
			goals: goals.map((g) => ({
				...g,
				baseline: gasLevels.get('BASELINE')?.get(g.id) ?? null,
				latest: lastSlot && lastSlot !== 'BASELINE' ? (gasLevels.get(lastSlot)?.get(g.id) ?? null) : null
			})),
			points: gasPoints
		},
		timeline
	};
}

function orderSlots(slots: ProgressSlot[]): ProgressSlot[] {
	const rank = (s: ProgressSlot) => (s === 'BASELINE' ? -1 : s === 'END' ? Number.MAX_SAFE_INTEGER : s);
	return [...slots].sort((a, b) => rank(a) - rank(b));
}

export type MemberProgress = Awaited<ReturnType<typeof getMemberProgress>>;
