import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { consentsToPhotos } from '../../../domain/attachments';
import { photoSummarySelect, toPhotoSummary } from './photo-summary';

/** A session's photos (without their bytes) and the group's members with whether each may be shown in one. */
export async function listPhotos(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string }
) {
	const [photos, enrollments] = await Promise.all([
		prisma.sessionAttachment.findMany({
			where: { sessionId: access.sessionId, organizationId: access.organizationId },
			orderBy: { createdAt: 'asc' },
			select: photoSummarySelect
		}),
		prisma.enrollment.findMany({
			where: { groupId: access.groupId, leftAt: null },
			orderBy: { member: { code: 'asc' } },
			select: { member: { select: { id: true, code: true, consentScope: true, erasedAt: true } } }
		})
	]);
	return {
		photos: photos.map((p) => toPhotoSummary(p, viewer, access)),
		members: enrollments.map(({ member }) => ({
			id: member.id,
			code: member.code,
			photosConsent: consentsToPhotos(member)
		}))
	};
}
