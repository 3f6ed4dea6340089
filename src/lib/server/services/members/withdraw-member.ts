import type { PrismaClient } from '../../db/generated/client';
import { notFound } from '../../errors';
import type { GroupAccess } from '../access/require-group-access';
import type { Viewer } from '../../../domain/viewer';
import { recordAudit } from '../audit/record-audit';

/** Ends a member's participation in this group, with the reason; their records stay. */
export async function withdrawMember(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	options: { memberId: string; reason: string }
) {
	return prisma.$transaction(async (tx) => {
		const updated = await tx.enrollment.updateMany({
			where: { groupId: access.groupId, memberId: options.memberId, leftAt: null },
			data: { leftAt: new Date(), leaveReason: options.reason }
		});
		if (updated.count === 0) throw notFound();
		await recordAudit(tx, viewer, {
			action: 'UPDATE',
			entity: 'Member',
			entityId: options.memberId,
			groupId: access.groupId,
			memberId: options.memberId
		});
		return { memberId: options.memberId };
	});
}
