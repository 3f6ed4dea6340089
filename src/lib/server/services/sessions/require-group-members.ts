import type { Prisma } from '../../db/generated/client';
import { badRequest } from '../../errors';

/** Refuses ids of members who are not (or no longer) in this group: another group's or organization's member. */
export async function requireGroupMembers(
	prisma: Prisma.TransactionClient,
	groupId: string,
	memberIds: string[]
) {
	const unique = [...new Set(memberIds)];
	if (unique.length === 0) return;
	const found = await prisma.enrollment.count({
		where: { groupId, memberId: { in: unique }, leftAt: null }
	});
	if (found !== unique.length) throw badRequest('sessionRun.memberNotInGroup');
}
