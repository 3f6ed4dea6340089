import type { PrismaClient } from '../../db/generated/client';
import type { GroupAccess } from '../access/require-group-access';
import type { Viewer } from '../../../domain/viewer';
import { conflict } from '../../errors';
import { recordAudit } from '../audit/record-audit';
import { assertClosingReportUnlocked } from '../access/record-lock';

/**
 * 结案归档: records the closing summary and date and sets the group CLOSED. From then on every write to the group
 * is refused by requireGroupAccess (errors.groupClosed): its records are read-only.
 */
export async function closeGroup(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	options: { closingSummary: string; version: number }
) {
	const closedAt = new Date();
	return prisma.$transaction(async (tx) => {
		await assertClosingReportUnlocked(tx, access.groupId);
		const { count } = await tx.group.updateMany({
			where: { id: access.groupId, version: options.version, status: { not: 'CLOSED' } },
			data: {
				status: 'CLOSED',
				closingSummary: options.closingSummary,
				closedAt,
				version: { increment: 1 }
			}
		});
		if (count === 0) throw conflict('archive.stale');
		await recordAudit(tx, viewer, {
			action: 'UPDATE',
			entity: 'GroupClosed',
			entityId: access.groupId,
			groupId: access.groupId
		});
		return { closedAt };
	});
}
