import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { recordAudit } from '../audit/record-audit';
import { notFound } from '../../errors';
import { assertSessionUnlocked } from '../access/record-lock';

/** Takes back an interaction tapped by mistake (only in this session). */
export async function deleteInteraction(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	interactionId: string
) {
	return prisma.$transaction(async (tx) => {
		await assertSessionUnlocked(tx, access.sessionId);
		const { count } = await tx.interactionNote.deleteMany({
			where: { id: interactionId, sessionId: access.sessionId }
		});
		if (count === 0) throw notFound();
		await recordAudit(tx, viewer, {
			action: 'DELETE',
			entity: 'InteractionNote',
			entityId: interactionId,
			groupId: access.groupId
		});
		return { id: interactionId };
	});
}
