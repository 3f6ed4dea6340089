import type { Prisma, PrismaClient } from '../../db/generated/client';
import type { AttachmentKind } from '../../../domain/attachments';

export interface SessionPhoto {
	id: string;
	kind: AttachmentKind;
	mime: string;
	caption: string;
	width: number | null;
	height: number | null;
	createdAt: Date;
	bytes: Uint8Array;
	/** Codes of the members the photo shows. */
	memberCodes: string[];
}

/**
 * A session's photos with their bytes, for a document that includes them (the 过程记录). The caller has already
 * decided access to the session (a procedure's `access`) and audits the document it builds; the sign-in sheet
 * comes first, then the activity photos, each in the order they were taken.
 */
export async function listSessionPhotos(
	prisma: PrismaClient | Prisma.TransactionClient,
	scope: { organizationId: string; sessionId: string },
	options: { kind?: AttachmentKind } = {}
): Promise<SessionPhoto[]> {
	const rows = await prisma.sessionAttachment.findMany({
		where: { organizationId: scope.organizationId, sessionId: scope.sessionId, kind: options.kind },
		orderBy: [{ kind: 'asc' }, { createdAt: 'asc' }],
		select: {
			id: true,
			kind: true,
			mime: true,
			caption: true,
			width: true,
			height: true,
			createdAt: true,
			bytes: true,
			members: { select: { member: { select: { code: true } } }, orderBy: { member: { code: 'asc' } } }
		}
	});
	return rows.map(({ members, ...photo }) => ({ ...photo, memberCodes: members.map((m) => m.member.code) }));
}
