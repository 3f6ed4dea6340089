import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import type { UploadPhotoInput } from '../../schemas/attachments/photos.types';
import {
	consentsToPhotos,
	imageInfo,
	MAX_PHOTO_BYTES,
	MAX_PHOTOS_PER_SESSION
} from '../../../domain/attachments';
import { badRequest } from '../../errors';
import { recordAudit } from '../audit/record-audit';
import { requireGroupMembers } from '../sessions/require-group-members';
import { photoSummarySelect, toPhotoSummary } from './photo-summary';

/**
 * Stores a photo of a session. Refused with a 400, nothing stored: bytes that are not a JPEG, PNG or WebP image
 * (read from the bytes, not from a declared type), more than MAX_PHOTO_BYTES, a session that already holds
 * MAX_PHOTOS_PER_SESSION photos, a tagged member not in the group, or one who has not consented to photos
 * (named by code in the message).
 */
export async function uploadPhoto(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	input: UploadPhotoInput
) {
	const bytes = new Uint8Array(Buffer.from(input.data, 'base64'));
	if (bytes.length > MAX_PHOTO_BYTES)
		throw badRequest('photos.error.tooLarge', { max: Math.floor(MAX_PHOTO_BYTES / 1024) });
	const info = imageInfo(bytes);
	if (!info) throw badRequest('photos.error.notAnImage');
	const memberIds = [...new Set(input.memberIds)];
	return prisma.$transaction(async (tx) => {
		const count = await tx.sessionAttachment.count({ where: { sessionId: access.sessionId } });
		if (count >= MAX_PHOTOS_PER_SESSION)
			throw badRequest('photos.error.tooMany', { max: MAX_PHOTOS_PER_SESSION });
		await requireGroupMembers(tx, access.groupId, memberIds);
		const members = await tx.member.findMany({
			where: { id: { in: memberIds }, organizationId: access.organizationId },
			select: { code: true, consentScope: true, erasedAt: true },
			orderBy: { code: 'asc' }
		});
		const refused = members.filter((m) => !consentsToPhotos(m)).map((m) => m.code);
		if (refused.length > 0) throw badRequest('photos.error.noConsent', { codes: refused.join(', ') });
		const photo = await tx.sessionAttachment.create({
			data: {
				organizationId: access.organizationId,
				groupId: access.groupId,
				sessionId: access.sessionId,
				kind: input.kind,
				mime: info.mime,
				byteSize: bytes.length,
				width: info.width,
				height: info.height,
				caption: input.caption,
				bytes,
				createdById: viewer.userId,
				members: {
					createMany: {
						data: memberIds.map((memberId) => ({ organizationId: access.organizationId, memberId }))
					}
				}
			},
			select: photoSummarySelect
		});
		await recordAudit(tx, viewer, {
			action: 'CREATE',
			entity: 'SessionAttachment',
			entityId: photo.id,
			groupId: access.groupId
		});
		return toPhotoSummary(photo, viewer, access);
	});
}
