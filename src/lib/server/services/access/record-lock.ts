import { Prisma } from '../../db/generated/client';
import { conflict } from '../../errors';
import { RECORD_LOCKED } from '../../../domain/review';

type Tx = Prisma.TransactionClient;

/**
 * The one lock rule of signed-off records, run inside the write's own transaction by every service that changes
 * a session's attendance, notes, debrief or scores. It first takes a share lock on the session row: a sign-off
 * takes an exclusive lock on the same row (see `lockSessionForSignOff`), so a write and a sign-off never interleave
 * (a write that passed this check commits before the sign-off; one that starts after it sees the sign-off).
 * Throws CONFLICT `review.locked` when the session's record is signed off.
 */
export async function assertSessionUnlocked(tx: Tx, sessionId: string) {
	await tx.$queryRaw`SELECT 1 FROM "Session" WHERE id = ${sessionId} FOR KEY SHARE`;
	const signed = await tx.review.findFirst({
		where: { sessionId, status: 'SIGNED_OFF' },
		select: { id: true }
	});
	if (signed) throw conflict(RECORD_LOCKED);
}

/**
 * The same rule for a write that checks it in its own statement (one round trip less): that statement must come
 * after one that took the share lock on the session row (`FOR KEY SHARE OF s`) in the same transaction, so that
 * its snapshot, taken after the lock, sees a sign-off that committed while the lock was awaited. True when the
 * session's record is signed off: the statement then writes nothing and the caller throws `conflict(RECORD_LOCKED)`.
 */
export function sessionSignedOffSql(sessionId: string) {
	return Prisma.sql`EXISTS (SELECT 1 FROM "Review" WHERE "sessionId" = ${sessionId} AND status = 'SIGNED_OFF')`;
}

/** The lock rule for a conflict log, which is written in a session: the session's lock decides. */
export async function assertConflictUnlocked(tx: Tx, conflictId: string) {
	const row = await tx.conflictLog.findUnique({ where: { id: conflictId }, select: { sessionId: true } });
	if (row) await assertSessionUnlocked(tx, row.sessionId);
}

/**
 * The lock rule of a group's closing report (its END scores and its closing summary), as above on the group row.
 */
export async function assertClosingReportUnlocked(tx: Tx, groupId: string) {
	await tx.$queryRaw`SELECT 1 FROM "Group" WHERE id = ${groupId} FOR KEY SHARE`;
	const signed = await tx.review.findFirst({
		where: { groupId, sessionId: null, status: 'SIGNED_OFF' },
		select: { id: true }
	});
	if (signed) throw conflict(RECORD_LOCKED);
}

/**
 * Scores belong to the record of their point in time: a session's scores to that session's record, END scores to
 * the closing report; baseline scores to neither.
 */
export async function assertScoresUnlocked(
	tx: Tx,
	target: { groupId: string; point: 'BASELINE' | 'SESSION' | 'END'; sessionId: string | null }
) {
	if (target.point === 'SESSION' && target.sessionId) await assertSessionUnlocked(tx, target.sessionId);
	else if (target.point === 'END') await assertClosingReportUnlocked(tx, target.groupId);
}

/** Taken by a sign-off before it changes the review: waits for writes that passed the lock rule to commit. */
export async function lockRecordForSignOff(tx: Tx, target: { groupId: string; sessionId: string | null }) {
	if (target.sessionId) await tx.$queryRaw`SELECT 1 FROM "Session" WHERE id = ${target.sessionId} FOR UPDATE`;
	else await tx.$queryRaw`SELECT 1 FROM "Group" WHERE id = ${target.groupId} FOR UPDATE`;
}

/** Whether a session's record is signed off, for pages that show the record read-only rather than refuse a change. */
export async function isSessionLocked(db: Pick<Tx, 'review'>, sessionId: string) {
	const signed = await db.review.findFirst({
		where: { sessionId, status: 'SIGNED_OFF' },
		select: { id: true }
	});
	return signed !== null;
}
