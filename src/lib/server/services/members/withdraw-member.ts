import type { PrismaClient } from '../../db/generated/client';
import { notFound } from '../../errors';
import type { GroupAccess } from '../access/require-group-access';

/** Ends a member's participation in this group, with the reason; their records stay. */
export async function withdrawMember(
	prisma: PrismaClient,
	access: GroupAccess,
	options: { memberId: string; reason: string }
) {
	const updated = await prisma.enrollment.updateMany({
		where: { groupId: access.groupId, memberId: options.memberId, leftAt: null },
		data: { leftAt: new Date(), leaveReason: options.reason }
	});
	if (updated.count === 0) throw notFound();
	return { memberId: options.memberId };
}
