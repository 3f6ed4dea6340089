import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import type { CreateObservationInput } from '../../routers/observations/observation.types';
import { assertConsent } from '../access/consent';
import { recordAudit } from '../audit/record-audit';
import { requireGroupMembers } from '../sessions/require-group-members';

/** An observation about one member (who consented to notes) or about the whole group. */
export async function createObservation(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	input: CreateObservationInput
) {
	const memberIds = input.memberId ? [input.memberId] : [];
	await requireGroupMembers(prisma, access.groupId, memberIds);
	await assertConsent(prisma, memberIds, 'NOTES');
	const observation = await prisma.observation.create({
		data: {
			organizationId: access.organizationId,
			groupId: access.groupId,
			sessionId: access.sessionId,
			memberId: input.memberId,
			note: input.note,
			tags: [...new Set(input.tags)],
			createdById: viewer.userId
		},
		select: { id: true, memberId: true, note: true, tags: true, createdAt: true }
	});
	await recordAudit(prisma, viewer, {
		action: 'CREATE',
		entity: 'Observation',
		entityId: observation.id,
		groupId: access.groupId,
		memberId: input.memberId
	});
	return observation;
}
