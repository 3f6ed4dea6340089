import type { PrismaClient } from '../../db/generated/client';
import type { GroupAccess } from '../access/require-group-access';
import { groupDesignSelect } from './group-design-select';
import { notFound } from '../../trpc/errors';

/** A group's overview: design, leaders, members (real names for leaders only) and the session timeline. */
export async function getGroup(prisma: PrismaClient, access: GroupAccess) {
	// One statement: under relation joins each nested list (and each session's plan minutes) is a LATERAL subquery.
	const group = await prisma.group.findUnique({
		where: { id: access.groupId },
		select: {
			...groupDesignSelect,
			status: true,
			startDate: true,
			closingSummary: true,
			version: true,
			leaders: {
				orderBy: { role: 'asc' },
				select: { role: true, user: { select: { id: true, name: true } } }
			},
			enrollments: {
				orderBy: { member: { code: 'asc' } },
				select: {
					joinedAt: true,
					leftAt: true,
					leaveReason: true,
					member: { select: { id: true, code: true, realName: true, birthYear: true, gender: true } }
				}
			},
			sessions: {
				orderBy: { number: 'asc' },
				select: {
					id: true,
					number: true,
					title: true,
					stage: true,
					status: true,
					scheduledAt: true,
					plannedMinutes: true,
					planItems: { select: { minutes: true } }
				}
			}
		}
	});
	if (!group) throw notFound();
	return {
		...group,
		isLeader: access.isLeader,
		leaderRole: access.leaderRole,
		leaders: group.leaders.map((l) => ({ role: l.role, userId: l.user.id, name: l.user.name })),
		enrollments: group.enrollments.map(({ member, ...enrollment }) => ({
			...enrollment,
			member: { ...member, realName: access.isLeader ? member.realName : null }
		})),
		sessions: group.sessions.map(({ planItems, ...session }) => ({
			...session,
			planItemCount: planItems.length,
			planMinutes: planItems.reduce((sum, item) => sum + item.minutes, 0)
		}))
	};
}
