import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { notFound } from '../../errors';
import { recordRead } from '../audit/record-audit';

/**
 * One photo's bytes, for the image route. A sensitive read: audited (once per person and photo within the
 * repeated-read window, so a page's thumbnails reloading do not flood the log).
 */
export async function readPhoto(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	photoId: string
) {
	const photo = await prisma.sessionAttachment.findFirst({
		where: { id: photoId, sessionId: access.sessionId, organizationId: access.organizationId },
		select: { id: true, kind: true, mime: true, bytes: true, createdAt: true }
	});
	if (!photo) throw notFound();
	await recordRead(prisma, viewer, {
		entity: 'SessionAttachment',
		entityId: photo.id,
		groupId: access.groupId
	});
	return {
		id: photo.id,
		groupId: access.groupId,
		kind: photo.kind,
		mime: photo.mime,
		createdAt: photo.createdAt,
		/** base64, so that the answer is plain JSON over HTTP too. */
		data: Buffer.from(photo.bytes).toString('base64')
	};
}
