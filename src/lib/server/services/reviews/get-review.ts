import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { addendumKindsFor, signOffRefusal, submitRefusal } from '../../../domain/review';
import { findReviewTarget } from './review-target';
import { listAddenda } from './list-addenda';
import { userNames } from './user-names';

/**
 * The review of one record as its page shows it: status, who asked and who signed off (and when), the comments,
 * the addenda, and what this viewer may do now.
 */
export async function getReview(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	sessionId: string | null
) {
	const target = await findReviewTarget(prisma, access, sessionId);
	const [review, addenda] = await Promise.all([
		prisma.review.findFirst({
			where: { groupId: target.groupId, sessionId: target.sessionId },
			select: {
				id: true,
				status: true,
				requestedById: true,
				requestedAt: true,
				signedOffById: true,
				signedOffAt: true,
				comments: {
					orderBy: { createdAt: 'asc' },
					select: { id: true, authorId: true, body: true, createdAt: true }
				}
			}
		}),
		listAddenda(prisma, { organizationId: access.organizationId, ...target })
	]);
	const names = await userNames(prisma, access.organizationId, [
		review?.requestedById ?? null,
		review?.signedOffById ?? null,
		...(review?.comments.map((c) => c.authorId) ?? [])
	]);
	const person = (id: string | null) => (id ? { id, name: names.get(id) ?? null } : null);
	const status = review?.status ?? null;
	const writes = access.isLeader || viewer.role === 'ADMIN';
	const supervises = viewer.role === 'SUPERVISOR' || viewer.role === 'ADMIN';
	return {
		record: target.record,
		status,
		locked: status === 'SIGNED_OFF',
		requestedBy: person(review?.requestedById ?? null),
		requestedAt: review?.requestedAt ?? null,
		signedOffBy: person(review?.signedOffById ?? null),
		signedOffAt: review?.signedOffAt ?? null,
		comments: (review?.comments ?? []).map((c) => ({
			id: c.id,
			body: c.body,
			createdAt: c.createdAt,
			author: person(c.authorId)
		})),
		addenda,
		addendumKinds: addendumKindsFor(target.record),
		can: {
			request:
				writes &&
				submitRefusal({ record: target.record, sessionStatus: target.sessionStatus, existing: status }) ===
					null,
			comment: status === 'REQUESTED',
			signOff:
				supervises &&
				signOffRefusal({
					record: target.record,
					existing: status,
					signerLeadsGroup: access.isLeader,
					groupStatus: access.status
				}) === null,
			addAddendum: writes && status === 'SIGNED_OFF'
		}
	};
}
