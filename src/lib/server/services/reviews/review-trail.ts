import type { PrismaClient } from '../../db/generated/client';
import type { ReviewTrail } from '../../../domain/review';
import { listAddenda, type ListAddendaOptions } from './list-addenda';
import { userNames } from './user-names';

/**
 * A record's sign-off and addenda, for the documents (过程记录, 结案评估报告). The caller has already checked that
 * the viewer may read the group.
 */
export async function reviewTrail(prisma: PrismaClient, o: ListAddendaOptions): Promise<ReviewTrail> {
	const [review, addenda] = await Promise.all([
		prisma.review.findFirst({
			where: {
				organizationId: o.organizationId,
				groupId: o.groupId,
				sessionId: o.sessionId,
				status: 'SIGNED_OFF'
			},
			select: { signedOffById: true, signedOffAt: true }
		}),
		listAddenda(prisma, o)
	]);
	const names = await userNames(prisma, o.organizationId, [review?.signedOffById ?? null]);
	return {
		signedOff:
			review?.signedOffAt && review.signedOffById
				? { by: names.get(review.signedOffById) ?? null, at: review.signedOffAt }
				: null,
		addenda: addenda.map((a) => ({ kind: a.kind, text: a.text, by: a.createdBy.name, at: a.createdAt }))
	};
}
