import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { conflict } from '../../errors';
import { submitRefusal } from '../../../domain/review';
import { recordAudit } from '../audit/record-audit';
import { lockRecordForSignOff } from '../access/record-lock';
import { findReview, findReviewTarget } from './review-target';

/**
 * A leader submits a session's record (once the session is done) or the group's closing report for review. The
 * record's row is locked first, so two submissions at once make one request.
 */
export async function requestReview(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	sessionId: string | null
) {
	return prisma.$transaction(async (tx) => {
		const target = await findReviewTarget(tx, access, sessionId);
		await lockRecordForSignOff(tx, target);
		const existing = await findReview(tx, target);
		const refusal = submitRefusal({
			record: target.record,
			sessionStatus: target.sessionStatus,
			existing: existing?.status ?? null
		});
		if (refusal) throw conflict(refusal);
		const review = await tx.review.create({
			data: {
				organizationId: access.organizationId,
				groupId: target.groupId,
				sessionId: target.sessionId,
				requestedById: viewer.userId
			},
			select: { id: true, status: true, requestedAt: true }
		});
		await recordAudit(tx, viewer, {
			action: 'CREATE',
			entity: 'ReviewRequest',
			entityId: review.id,
			groupId: access.groupId
		});
		return review;
	});
}
