import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { conflict } from '../../errors';
import { addendumKindsFor } from '../../../domain/review';
import type { AddAddendumInput } from '../../schemas/reviews/review.types';
import { recordAudit } from '../audit/record-audit';
import { findReview, findReviewTarget, refuseKind } from './review-target';

/**
 * A correction to a signed-off record, by one of the group's leaders (or an admin), kept with who and when.
 * Addenda are appended only: nothing changes or removes one. A record not signed off is corrected in place, so
 * an addendum to it is refused.
 */
export async function addAddendum(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	input: AddAddendumInput
) {
	return prisma.$transaction(async (tx) => {
		const target = await findReviewTarget(tx, access, input.sessionId);
		refuseKind(addendumKindsFor(target.record), input.kind);
		const review = await findReview(tx, target);
		if (review?.status !== 'SIGNED_OFF') throw conflict('review.notSignedOff');
		const addendum = await tx.addendum.create({
			data: {
				organizationId: access.organizationId,
				groupId: target.groupId,
				sessionId: target.sessionId,
				kind: input.kind,
				text: input.text,
				createdById: viewer.userId
			},
			select: { id: true, kind: true, text: true, createdAt: true }
		});
		await recordAudit(tx, viewer, {
			action: 'CREATE',
			entity: 'Addendum',
			entityId: addendum.id,
			groupId: access.groupId
		});
		return addendum;
	});
}
