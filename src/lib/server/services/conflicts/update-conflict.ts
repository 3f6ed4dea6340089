import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import type { UpdateConflictInput } from '../../schemas/conflicts/conflict.types';
import { assertConsent } from '../access/consent';
import { recordAudit } from '../audit/record-audit';
import { requireGroupMembers } from '../sessions/require-group-members';
import { conflict as conflictError, notFound } from '../../errors';
import { assertConflictUnlocked } from '../access/record-lock';

type Change =
	| ({ kind: 'edit' } & UpdateConflictInput)
	| { kind: 'resolve'; conflictId: string; version: number; resolved: boolean };

/**
 * Edits a conflict log, or only marks it resolved, against the version the user saw: a change made on an
 * older version is refused (CONFLICT) and nothing is written, so nobody's edit is silently overwritten.
 * Once the session's record is signed off an edit is refused; marking the follow-up resolved is not a change of
 * what was recorded in the session, and stays possible (the dashboard's open follow-ups must be able to close).
 */
export async function updateConflict(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	change: Change
) {
	const existing = await prisma.conflictLog.findFirst({
		where: { id: change.conflictId, groupId: access.groupId },
		select: { id: true, members: { select: { memberId: true } } }
	});
	if (!existing) throw notFound();
	const memberIds = change.kind === 'edit' ? [...new Set(change.memberIds)] : [];
	if (change.kind === 'edit') {
		await requireGroupMembers(prisma, access.groupId, memberIds);
		const added = memberIds.filter((id) => !existing.members.some((m) => m.memberId === id));
		await assertConsent(prisma, added, 'NOTES');
	}
	return prisma.$transaction(async (tx) => {
		if (change.kind === 'edit') await assertConflictUnlocked(tx, existing.id);
		const { count } = await tx.conflictLog.updateMany({
			where: { id: existing.id, version: change.version },
			data:
				change.kind === 'edit'
					? {
							type: change.type,
							severity: change.severity,
							description: change.description,
							handling: change.handling,
							resolved: change.resolved,
							followUpAt: change.followUpAt,
							version: { increment: 1 }
						}
					: { resolved: change.resolved, version: { increment: 1 } }
		});
		if (count === 0) throw conflictError('conflicts.stale');
		if (change.kind === 'edit') {
			await tx.conflictMember.deleteMany({
				where: { conflictId: existing.id, memberId: { notIn: memberIds } }
			});
			await tx.conflictMember.createMany({
				data: memberIds.map((memberId) => ({ conflictId: existing.id, memberId })),
				skipDuplicates: true
			});
		}
		await recordAudit(tx, viewer, {
			action: 'UPDATE',
			entity: 'ConflictLog',
			entityId: existing.id,
			groupId: access.groupId
		});
		return tx.conflictLog.findUniqueOrThrow({
			where: { id: existing.id },
			select: { id: true, version: true, resolved: true }
		});
	});
}
