import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import type { CreateInteractionInput } from '../../routers/interactions/interaction.types';
import { assertConsent } from '../access/consent';
import { recordAudit } from '../audit/record-audit';
import { requireGroupMembers } from '../sessions/require-group-members';
import { badRequest } from '../../errors';

/** Notes one interaction: member A towards member B or the whole group. Both must have consented to notes. */
export async function createInteraction(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	input: CreateInteractionInput
) {
	if (input.toMemberId === input.fromMemberId) throw badRequest('interactions.sameMember');
	const memberIds = input.toMemberId ? [input.fromMemberId, input.toMemberId] : [input.fromMemberId];
	await requireGroupMembers(prisma, access.groupId, memberIds);
	await assertConsent(prisma, memberIds, 'NOTES');
	const note = await prisma.interactionNote.create({
		data: {
			organizationId: access.organizationId,
			groupId: access.groupId,
			sessionId: access.sessionId,
			fromMemberId: input.fromMemberId,
			toMemberId: input.toMemberId,
			kind: input.kind,
			note: input.note,
			createdById: viewer.userId
		},
		select: { id: true, fromMemberId: true, toMemberId: true, kind: true, note: true, createdAt: true }
	});
	await recordAudit(prisma, viewer, {
		action: 'CREATE',
		entity: 'InteractionNote',
		entityId: note.id,
		groupId: access.groupId,
		memberId: input.fromMemberId
	});
	return note;
}
