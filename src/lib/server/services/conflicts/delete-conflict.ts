import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { recordAudit } from '../audit/record-audit';
import { notFound } from '../../errors';

/** Removes a conflict log logged by mistake. */
export async function deleteConflict(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	conflictId: string
) {
	const { count } = await prisma.conflictLog.deleteMany({
		where: { id: conflictId, groupId: access.groupId }
	});
	if (count === 0) throw notFound();
	await recordAudit(prisma, viewer, {
		action: 'DELETE',
		entity: 'ConflictLog',
		entityId: conflictId,
		groupId: access.groupId
	});
	return { id: conflictId };
}
