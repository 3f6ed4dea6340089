import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import type { CreateObservationInput } from '../../schemas/observations/observation.types';
import { assertConsent } from '../access/consent';
import { recordAudit } from '../audit/record-audit';
import { requireGroupMembers } from '../sessions/require-group-members';
import { createOnce } from '../sessions/create-once';
import { assertSessionUnlocked } from '../access/record-lock';
import { observationTagKeys } from '../../../i18n/observation-tags';

const select = { id: true, memberId: true, note: true, tags: true, createdAt: true } as const;

/** An observation about one member (who consented to notes) or about the whole group (once per client key). */
export async function createObservation(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	input: CreateObservationInput
) {
	const memberIds = input.memberId ? [input.memberId] : [];
	return createOnce(
		prisma,
		{ organizationId: access.organizationId, entity: 'observation', key: input.key },
		(tx, id) => tx.observation.findFirst({ where: { id, sessionId: access.sessionId }, select }),
		async (tx, id) => {
			await assertSessionUnlocked(tx, access.sessionId);
			await requireGroupMembers(tx, access.groupId, memberIds);
			await assertConsent(tx, memberIds, 'NOTES');
			const observation = await tx.observation.create({
				data: {
					id,
					organizationId: access.organizationId,
					groupId: access.groupId,
					sessionId: access.sessionId,
					memberId: input.memberId,
					note: input.note,
					tags: observationTagKeys(input.tags),
					createdById: viewer.userId
				},
				select
			});
			await recordAudit(tx, viewer, {
				action: 'CREATE',
				entity: 'Observation',
				entityId: observation.id,
				groupId: access.groupId,
				memberId: input.memberId
			});
			return observation;
		}
	);
}
