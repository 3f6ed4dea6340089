import { z } from 'zod';
import { addendumKindSchema, ADDENDUM_TEXT_MAX, REVIEW_COMMENT_MAX } from '../../../domain/review';
import { idSchema } from '../id';

/** Which record of the group: a session's record, or (null) the group's closing report. */
export const reviewTargetInput = z.object({ sessionId: idSchema.nullable() });

export const reviewCommentInput = reviewTargetInput.extend({
	body: z.string().trim().min(1).max(REVIEW_COMMENT_MAX)
});

export const addAddendumInput = reviewTargetInput.extend({
	kind: addendumKindSchema,
	text: z.string().trim().min(1).max(ADDENDUM_TEXT_MAX)
});

/** Signing off names the group (checked against the signer's organization) as well as the record. */
export const signOffInput = reviewTargetInput.extend({ groupId: idSchema });

export type ReviewTarget = z.infer<typeof reviewTargetInput>;
export type AddAddendumInput = z.infer<typeof addAddendumInput>;
