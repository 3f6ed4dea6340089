import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/record-audit';
import { mayDeletePhoto } from './photo-summary';

/** Deletes a photo of a session: its author or the group's lead. */
export async function deletePhoto(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	photoId: string
) {
	return prisma.$transaction(async (tx) => {
		const photo = await tx.sessionAttachment.findFirst({
			where: { id: photoId, sessionId: access.sessionId, organizationId: access.organizationId },
			select: { id: true, createdById: true }
		});
		if (!photo) throw notFound();
		if (!mayDeletePhoto(photo, viewer, access)) throw forbidden('photos.error.deleteNotAllowed');
		await tx.sessionAttachment.delete({ where: { id: photo.id } });
		await recordAudit(tx, viewer, {
			action: 'DELETE',
			entity: 'SessionAttachment',
			entityId: photo.id,
			groupId: access.groupId
		});
		return { id: photo.id };
	});
}
