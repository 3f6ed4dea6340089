import { addDays, startOfDayInZone } from '../../../domain/dates';
import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { groupScope, sessionScope } from '../access/group-scope';
import { activeMembersCount } from '../groups/active-members-count';

export interface GetDashboardOptions {
	now?: Date;
	timeZone: string;
}

/** My open groups with their stage and next session, and the sessions of today and the coming week. */
export async function getDashboard(
	prisma: PrismaClient,
	viewer: Viewer,
	{ now = new Date(), timeZone }: GetDashboardOptions
) {
	const today = startOfDayInZone(now, timeZone);
	const [groups, week, followUps] = await Promise.all([
		prisma.group.findMany({
			where: { ...groupScope(viewer), status: { not: 'CLOSED' } },
			orderBy: [{ status: 'desc' }, { createdAt: 'desc' }],
			take: 50,
			select: {
				id: true,
				name: true,
				theme: true,
				status: true,
				plannedSessionCount: true,
				sessions: {
					where: { status: 'PLANNED' },
					orderBy: { number: 'asc' },
					take: 1,
					select: { id: true, number: true, stage: true, scheduledAt: true }
				},
				_count: activeMembersCount
			}
		}),
		prisma.session.findMany({
			where: {
				...sessionScope(viewer),
				scheduledAt: { gte: today, lt: addDays(today, 7, timeZone) },
				status: { not: 'CANCELLED' }
			},
			orderBy: { scheduledAt: 'asc' },
			take: 100,
			select: {
				id: true,
				number: true,
				title: true,
				stage: true,
				status: true,
				scheduledAt: true,
				plannedMinutes: true,
				group: { select: { id: true, name: true } }
			}
		}),
		// Open conflict follow-ups: type and date only, never the note text or who was involved.
		prisma.conflictLog.findMany({
			where: { group: groupScope(viewer), resolved: false, followUpAt: { not: null } },
			orderBy: { followUpAt: 'asc' },
			take: 20,
			select: {
				id: true,
				type: true,
				severity: true,
				followUpAt: true,
				group: { select: { id: true, name: true } },
				session: { select: { number: true } }
			}
		})
	]);
	const tomorrow = addDays(today, 1, timeZone);
	return {
		groups: groups.map(({ sessions, _count, ...group }) => ({
			...group,
			activeMembers: _count.enrollments,
			// The stage of a group is the stage of its next session; with none left, it is ending.
			stage: sessions[0]?.stage ?? ('ENDING' as const),
			nextSession: sessions[0] ?? null
		})),
		today: week.filter((s) => s.scheduledAt < tomorrow),
		thisWeek: week.filter((s) => s.scheduledAt >= tomorrow),
		followUps
	};
}
