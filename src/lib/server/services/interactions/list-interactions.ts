import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { auditNoteReads } from '../sessions/audit-note-reads';

/** The interaction notes of one session, newest first; reading them is audited per member. */
export async function listInteractions(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string }
) {
	const notes = await prisma.interactionNote.findMany({
		where: { sessionId: access.sessionId, groupId: access.groupId },
		orderBy: { createdAt: 'desc' },
		take: 500,
		select: { id: true, fromMemberId: true, toMemberId: true, kind: true, note: true, createdAt: true }
	});
	await auditNoteReads(prisma, viewer, {
		entity: 'InteractionNote',
		groupId: access.groupId,
		memberIds: notes.flatMap((n) => [n.fromMemberId, n.toMemberId])
	});
	return notes;
}
