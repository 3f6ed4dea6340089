import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { auditNoteReads } from '../sessions/audit-note-reads';

/** The observations of one session, newest first; reading one about a member is audited. */
export async function listObservations(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string }
) {
	const observations = await prisma.observation.findMany({
		where: { sessionId: access.sessionId, groupId: access.groupId },
		orderBy: { createdAt: 'desc' },
		take: 200,
		select: { id: true, memberId: true, note: true, tags: true, createdAt: true }
	});
	await auditNoteReads(prisma, viewer, {
		entity: 'Observation',
		groupId: access.groupId,
		memberIds: observations.map((o) => o.memberId)
	});
	return observations;
}
