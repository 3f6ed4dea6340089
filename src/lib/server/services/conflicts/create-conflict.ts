import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import type { CreateConflictInput } from '../../routers/conflicts/conflict.types';
import { assertConsent } from '../access/consent';
import { recordAudit } from '../audit/record-audit';
import { requireGroupMembers } from '../sessions/require-group-members';

/** Logs a conflict of this session between members of its group who consented to notes. */
export async function createConflict(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	input: CreateConflictInput
) {
	const memberIds = [...new Set(input.memberIds)];
	await requireGroupMembers(prisma, access.groupId, memberIds);
	await assertConsent(prisma, memberIds, 'NOTES');
	const conflict = await prisma.conflictLog.create({
		data: {
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
		select: { id: true, version: true }
	});
	await recordAudit(prisma, viewer, {
		action: 'CREATE',
		entity: 'ConflictLog',
		entityId: conflict.id,
		groupId: access.groupId
	});
	return conflict;
}
