import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import type { CreateConflictInput } from '../../schemas/conflicts/conflict.types';
import { assertConsent } from '../access/consent';
import { recordAudit } from '../audit/record-audit';
import { requireGroupMembers } from '../sessions/require-group-members';
import { createOnce } from '../sessions/create-once';
import { assertSessionUnlocked } from '../access/record-lock';

const select = { id: true, version: true } as const;

/** Logs a conflict of this session between members of its group who consented to notes (once per client key). */
export async function createConflict(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	input: CreateConflictInput
) {
	const memberIds = [...new Set(input.memberIds)];
	return createOnce(
		prisma,
		{ organizationId: access.organizationId, entity: 'conflict', key: input.key },
		(tx, id) => tx.conflictLog.findFirst({ where: { id, sessionId: access.sessionId }, select }),
		async (tx, id) => {
			await assertSessionUnlocked(tx, access.sessionId);
			await requireGroupMembers(tx, access.groupId, memberIds);
			await assertConsent(tx, memberIds, 'NOTES');
			const conflict = await tx.conflictLog.create({
				data: {
					id,
					organizationId: access.organizationId,
					groupId: access.groupId,
					sessionId: access.sessionId,
					type: input.type,
					severity: input.severity,
					description: input.description,
					handling: input.handling,
					resolved: input.resolved,
					followUpAt: input.followUpAt,
					createdById: viewer.userId,
					members: { create: memberIds.map((memberId) => ({ memberId })) }
				},
				select
			});
			await recordAudit(tx, viewer, {
				action: 'CREATE',
				entity: 'ConflictLog',
				entityId: conflict.id,
				groupId: access.groupId
			});
			return conflict;
		}
	);
}
