import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { badRequest, conflict } from '../../errors';
import { recordAudit } from '../audit/record-audit';
import { findReview, findReviewTarget } from './review-target';

/**
 * A comment on a record waiting for review, by anyone who may read the group: the supervisor's remarks and the
 * leaders' replies. Once signed off the conversation is closed; corrections are addenda.
 */
export async function commentReview(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	input: { sessionId: string | null; body: string }
) {
	return prisma.$transaction(async (tx) => {
		const target = await findReviewTarget(tx, access, input.sessionId);
		const review = await findReview(tx, target);
		if (!review) throw badRequest('review.notRequested');
		if (review.status === 'SIGNED_OFF') throw conflict('review.alreadySignedOff');
		const comment = await tx.reviewComment.create({
			data: {
				organizationId: access.organizationId,
				reviewId: review.id,
				authorId: viewer.userId,
				body: input.body
			},
			select: { id: true, createdAt: true }
		});
		await recordAudit(tx, viewer, {
			action: 'CREATE',
			entity: 'ReviewComment',
			entityId: comment.id,
			groupId: access.groupId
		});
		return comment;
	});
}
