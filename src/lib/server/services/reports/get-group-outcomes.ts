import type { PrismaClient } from '../../db/generated/client';
import type { GroupAccess } from '../access/require-group-access';
import { notFound } from '../../trpc/errors';
import { isolatedMembers, participationBalance, retention } from '../../../domain/outcomes';
import { ciFromSummary, share } from '../../../domain/report-figures';
import { changeStats, gasAttainment } from './change-stats';

const ATTENDED = new Set(['PRESENT', 'LATE', 'LEFT_EARLY']);

/**
 * A group's outcomes: attendance per session, retention, mean change per measure with a 95% interval,
 * share reliably improved, conflicts per session, and the interaction network. Every count is an SQL
 * aggregate; only a handful of queries, whatever the size of the group.
 */
export async function getGroupOutcomes(prisma: PrismaClient, access: GroupAccess) {
	const { groupId, organizationId } = access;
	const [group, attendance, change, gas, conflicts, interactions] = await Promise.all([
		prisma.group.findUnique({
			where: { id: groupId },
			select: {
				id: true,
				name: true,
				theme: true,
				status: true,
				goals: true,
				plannedSessionCount: true,
				startDate: true,
				closedAt: true,
				leaders: { orderBy: { role: 'asc' }, select: { role: true, user: { select: { name: true } } } },
				sessions: {
					orderBy: { number: 'asc' },
					select: {
						id: true,
						number: true,
						title: true,
						scheduledAt: true,
						status: true,
						plannedMinutes: true
					}
				},
				enrollments: {
					orderBy: { member: { code: 'asc' } },
					select: { leftAt: true, member: { select: { id: true, code: true, realName: true } } }
				}
			}
		}),
		prisma.attendance.groupBy({
			by: ['sessionId', 'status'],
			where: { session: { groupId, organizationId } },
			_count: { _all: true }
		}),
		changeStats(prisma, organizationId, [groupId]),
		gasAttainment(prisma, organizationId, [groupId]),
		prisma.conflictLog.groupBy({
			by: ['sessionId', 'resolved'],
			where: { groupId, organizationId },
			_count: { _all: true }
		}),
		prisma.interactionNote.groupBy({
			by: ['fromMemberId', 'toMemberId', 'kind'],
			where: { groupId, organizationId },
			_count: { _all: true }
		})
	]);
	if (!group) throw notFound();

	const sessions = group.sessions.map((s) => {
		const rows = attendance.filter((a) => a.sessionId === s.id);
		const count = (pred: (status: string) => boolean) =>
			rows.filter((r) => pred(r.status)).reduce((sum, r) => sum + r._count._all, 0);
		const c = conflicts.filter((r) => r.sessionId === s.id);
		return {
			...s,
			recorded: count(() => true),
			attended: count((st) => ATTENDED.has(st)),
			absent: count((st) => st === 'ABSENT'),
			excused: count((st) => st === 'EXCUSED'),
			conflicts: c.reduce((sum, r) => sum + r._count._all, 0),
			resolved: c.filter((r) => r.resolved).reduce((sum, r) => sum + r._count._all, 0)
		};
	});
	const attended = sessions.reduce((s, x) => s + x.attended, 0);
	const counted = sessions.reduce((s, x) => s + x.recorded - x.excused, 0);
	const enrolled = group.enrollments.length;
	const active = group.enrollments.filter((e) => !e.leftAt).length;

	const members = group.enrollments.map((e) => ({
		id: e.member.id,
		code: e.member.code,
		realName: access.isLeader ? e.member.realName : null,
		left: e.leftAt !== null
	}));
	const memberIds = new Set(members.map((m) => m.id));
	const edges = interactions
		.filter((i) => memberIds.has(i.fromMemberId))
		.map((i) => ({ from: i.fromMemberId, to: i.toMemberId, kind: i.kind, count: i._count._all }));
	const initiated = members.map((m) => edges.filter((e) => e.from === m.id).reduce((s, e) => s + e.count, 0));
	const isolated = new Set(
		isolatedMembers(
			members.map((m) => m.id),
			edges
		)
	);

	return {
		group: {
			id: group.id,
			name: group.name,
			theme: group.theme,
			status: group.status,
			goals: group.goals,
			plannedSessionCount: group.plannedSessionCount,
			startDate: group.startDate,
			closedAt: group.closedAt,
			leaders: group.leaders.map((l) => ({ role: l.role, name: l.user.name }))
		},
		isLeader: access.isLeader,
		sessions,
		attendance: { attended, counted, rate: share(attended, counted) },
		retention: { enrolled, active, rate: retention(enrolled, active) },
		serviceHours: sessions.filter((s) => s.status === 'DONE').reduce((h, s) => h + s.plannedMinutes / 60, 0),
		measures: change.map((m) => ({
			measureId: m.measureId,
			key: m.key,
			kind: m.kind,
			nameZh: m.nameZh,
			nameEn: m.nameEn,
			higherIsBetter: m.higherIsBetter,
			meanBaseline: m.meanBaseline,
			meanLatest: m.meanLatest,
			change: ciFromSummary(m.n, m.mean, m.sd),
			classified: m.classified,
			improved: m.improved,
			worse: m.worse,
			shareImproved: share(m.improved, m.classified)
		})),
		gas: { goals: gas[0]?.goals ?? 0, attained: gas[0]?.attained ?? 0, progressed: gas[0]?.progressed ?? 0 },
		conflicts: {
			total: sessions.reduce((s, x) => s + x.conflicts, 0),
			resolved: sessions.reduce((s, x) => s + x.resolved, 0)
		},
		sociogram: {
			nodes: members.map((m, i) => ({
				...m,
				initiated: initiated[i],
				received: edges.filter((e) => e.to === m.id).reduce((s, e) => s + e.count, 0),
				isolated: isolated.has(m.id)
			})),
			edges,
			balance: participationBalance(initiated)
		}
	};
}

export type GroupOutcomes = Awaited<ReturnType<typeof getGroupOutcomes>>;
