import type { Prisma, PrismaClient } from '../../db/generated/client';
import type { GroupAccess } from '../access/require-group-access';
import { badRequest, notFound } from '../../errors';
import type { ReviewedRecord } from '../../../domain/review';

type Db = PrismaClient | Prisma.TransactionClient;

export interface ReviewTargetRow {
	record: ReviewedRecord;
	groupId: string;
	sessionId: string | null;
	sessionStatus: 'PLANNED' | 'DONE' | 'CANCELLED' | null;
}

/** The record a review or addendum is about: a session of this group (NOT_FOUND otherwise), or its closing report. */
export async function findReviewTarget(
	db: Db,
	access: GroupAccess,
	sessionId: string | null
): Promise<ReviewTargetRow> {
	if (sessionId === null)
		return { record: 'closingReport', groupId: access.groupId, sessionId: null, sessionStatus: null };
	const session = await db.session.findFirst({
		where: { id: sessionId, groupId: access.groupId, organizationId: access.organizationId },
		select: { status: true }
	});
	if (!session) throw notFound();
	return { record: 'session', groupId: access.groupId, sessionId, sessionStatus: session.status };
}

/** The review row of a record (there is at most one per record). */
export function findReview(db: Db, target: { groupId: string; sessionId: string | null }) {
	return db.review.findFirst({
		where: { groupId: target.groupId, sessionId: target.sessionId },
		select: { id: true, status: true }
	});
}

/** Refuses an addendum kind that does not belong to the record (e.g. attendance on the closing report). */
export function refuseKind(allowed: readonly string[], kind: string) {
	if (!allowed.includes(kind)) throw badRequest('review.kindNotForRecord');
}
