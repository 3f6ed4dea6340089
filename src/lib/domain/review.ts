import { z } from 'zod';

/**
 * Review and sign-off (督导审核与签核) of a record: a session's record (过程记录: attendance, notes, debrief, scores)
 * or a group's closing report (结案评估报告: END scores and the closing summary). Once signed off the record is
 * locked; a later correction is an addendum with who and when.
 */
/** The message key of a refused change to a signed-off record (409): the device drops the change, never resends it. */
export const RECORD_LOCKED = 'review.locked';

export const REVIEW_STATUSES = ['REQUESTED', 'SIGNED_OFF'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const ADDENDUM_KINDS = ['ATTENDANCE', 'NOTE', 'DEBRIEF', 'SCORE', 'SUMMARY'] as const;
export type AddendumKind = (typeof ADDENDUM_KINDS)[number];
export const addendumKindSchema = z.enum(ADDENDUM_KINDS);

/** Which record a review or an addendum is about. */
export type ReviewedRecord = 'session' | 'closingReport';

/** What an addendum may correct in each kind of record. */
export function addendumKindsFor(record: ReviewedRecord): readonly AddendumKind[] {
	return record === 'session' ? ['ATTENDANCE', 'NOTE', 'DEBRIEF', 'SCORE'] : ['SCORE', 'SUMMARY'];
}

/**
 * What the documents say of a record's review: who signed it off and when, and its addenda (later corrections) with
 * who and when, oldest first.
 */
export interface ReviewTrail {
	signedOff: { by: string | null; at: Date } | null;
	addenda: { kind: AddendumKind; text: string; by: string | null; at: Date }[];
}

export const REVIEW_COMMENT_MAX = 2000;
export const ADDENDUM_TEXT_MAX = 2000;

export interface SubmitFacts {
	record: ReviewedRecord;
	/** The session's status (a session's record), or null for the closing report. */
	sessionStatus: 'PLANNED' | 'DONE' | 'CANCELLED' | null;
	existing: ReviewStatus | null;
}

/**
 * Why a leader may not submit this record for review now (a message key), or null. A session's record is complete
 * once the session is done; a record already waiting or signed off is not submitted again.
 */
export function submitRefusal(facts: SubmitFacts): string | null {
	if (facts.existing === 'SIGNED_OFF') return 'review.alreadySignedOff';
	if (facts.existing === 'REQUESTED') return 'review.alreadyRequested';
	if (facts.record === 'session' && facts.sessionStatus !== 'DONE') return 'review.sessionNotDone';
	return null;
}

export interface SignOffFacts {
	record: ReviewedRecord;
	existing: ReviewStatus | null;
	/** The signer leads or co-leads the group: nobody signs off their own group's records. */
	signerLeadsGroup: boolean;
	groupStatus: 'PLANNING' | 'RECRUITING' | 'RUNNING' | 'CLOSED';
}

/**
 * Why a supervisor may not sign off this record now (a message key), or null. Only a record submitted for review is
 * signed off, once; the closing report needs the group closed (its closing summary is written when closing).
 */
export function signOffRefusal(facts: SignOffFacts): string | null {
	if (facts.signerLeadsGroup) return 'review.ownGroup';
	if (facts.existing === null) return 'review.notRequested';
	if (facts.existing === 'SIGNED_OFF') return 'review.alreadySignedOff';
	if (facts.record === 'closingReport' && facts.groupStatus !== 'CLOSED') return 'review.closeGroupFirst';
	return null;
}
