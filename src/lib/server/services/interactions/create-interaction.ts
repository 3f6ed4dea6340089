import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import type { CreateInteractionInput } from '../../schemas/interactions/interaction.types';
import { assertConsent } from '../access/consent';
import { recordAudit } from '../audit/record-audit';
import { requireGroupMembers } from '../sessions/require-group-members';
import { createOnce } from '../sessions/create-once';
import { badRequest } from '../../errors';
import { assertSessionUnlocked } from '../access/record-lock';

const select = {
	id: true,
	fromMemberId: true,
	toMemberId: true,
	kind: true,
	note: true,
	createdAt: true
} as const;

/**
 * Notes one interaction: member A towards member B or the whole group (once per client key). Both must have
 * consented to notes.
 */
export async function createInteraction(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	input: CreateInteractionInput
) {
	if (input.toMemberId === input.fromMemberId) throw badRequest('interactions.sameMember');
	const memberIds = input.toMemberId ? [input.fromMemberId, input.toMemberId] : [input.fromMemberId];
	return createOnce(
		prisma,
		{ organizationId: access.organizationId, entity: 'interaction', key: input.key },
		(tx, id) => tx.interactionNote.findFirst({ where: { id, sessionId: access.sessionId }, select }),
		async (tx, id) => {
			await assertSessionUnlocked(tx, access.sessionId);
			await requireGroupMembers(tx, access.groupId, memberIds);
			await assertConsent(tx, memberIds, 'NOTES');
			const note = await tx.interactionNote.create({
				data: {
					id,
					organizationId: access.organizationId,
					groupId: access.groupId,
					sessionId: access.sessionId,
					fromMemberId: input.fromMemberId,
					toMemberId: input.toMemberId,
					kind: input.kind,
					note: input.note,
					createdById: viewer.userId
				},
				select
			});
			await recordAudit(tx, viewer, {
				action: 'CREATE',
				entity: 'InteractionNote',
				entityId: note.id,
				groupId: access.groupId,
				memberId: input.fromMemberId
			});
			return note;
		}
	);
}
