import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { conflict, forbidden } from '../../errors';
import { signOffRefusal } from '../../../domain/review';
import { recordAudit } from '../audit/record-audit';
import { requireGroupAccess } from '../access/require-group-access';
import { lockRecordForSignOff } from '../access/record-lock';
import { findReview, findReviewTarget } from './review-target';

/**
 * A supervisor (or admin) of the group's organization signs off a record submitted for review; from then on it is
 * locked. The record's row is locked first (`lockRecordForSignOff`): a write that already passed the lock rule
 * commits before, and any later write sees the sign-off. Nobody signs off a group they lead.
 */
export async function signOff(
	prisma: PrismaClient,
	viewer: Viewer,
	input: { groupId: string; sessionId: string | null }
) {
	const access = await requireGroupAccess(prisma, viewer, input.groupId, 'read');
	return prisma.$transaction(async (tx) => {
		const target = await findReviewTarget(tx, access, input.sessionId);
		await lockRecordForSignOff(tx, target);
		const existing = await findReview(tx, target);
		const refusal = signOffRefusal({
			record: target.record,
			existing: existing?.status ?? null,
			signerLeadsGroup: access.isLeader,
			groupStatus: access.status
		});
		if (refusal === 'review.ownGroup') throw forbidden(refusal);
		if (refusal || !existing) throw conflict(refusal ?? 'review.notRequested');
		const signedOffAt = new Date();
		const { count } = await tx.review.updateMany({
			where: { id: existing.id, status: 'REQUESTED' },
			data: { status: 'SIGNED_OFF', signedOffById: viewer.userId, signedOffAt }
		});
		if (count === 0) throw conflict('review.alreadySignedOff');
		await recordAudit(tx, viewer, {
			action: 'CREATE',
			entity: 'ReviewSignOff',
			entityId: existing.id,
			groupId: access.groupId
		});
		return { id: existing.id, status: 'SIGNED_OFF' as const, signedOffAt };
	});
}
