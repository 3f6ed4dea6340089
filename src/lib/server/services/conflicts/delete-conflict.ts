import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { recordAudit } from '../audit/record-audit';
import { notFound } from '../../errors';
import { assertConflictUnlocked } from '../access/record-lock';

/** Removes a conflict log logged by mistake. */
export async function deleteConflict(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	conflictId: string
) {
	return prisma.$transaction(async (tx) => {
		await assertConflictUnlocked(tx, conflictId);
		const { count } = await tx.conflictLog.deleteMany({
			where: { id: conflictId, groupId: access.groupId }
		});
		if (count === 0) throw notFound();
		await recordAudit(tx, viewer, {
			action: 'DELETE',
			entity: 'ConflictLog',
			entityId: conflictId,
			groupId: access.groupId
		});
		return { id: conflictId };
	});
}
