import { authedProcedure, roleProcedure, router } from '../../trpc/init';
import { groupReadProcedure, groupRecordProcedure } from '../../trpc/procedures';
import { getReview } from '../../services/reviews/get-review';
import { requestReview } from '../../services/reviews/request-review';
import { commentReview } from '../../services/reviews/comment-review';
import { signOff } from '../../services/reviews/sign-off';
import { addAddendum } from '../../services/reviews/add-addendum';
import { listReviewQueue } from '../../services/reviews/list-review-queue';
import {
	addAddendumInput,
	reviewCommentInput,
	reviewTargetInput,
	signOffInput
} from '../../schemas/reviews/review.types';

// Review and sign-off of a session's record (sessionId) or of the group's closing report (sessionId null).
export const reviewsRouter = router({
	/** The record's review, comments and addenda, and what the viewer may do. */
	get: groupReadProcedure
		.input(reviewTargetInput)
		.query(({ ctx, input }) => getReview(ctx.prisma, ctx.viewer, ctx.access, input.sessionId)),
	/** A leader submits the record for review. */
	request: groupRecordProcedure
		.input(reviewTargetInput)
		.mutation(({ ctx, input }) => requestReview(ctx.prisma, ctx.viewer, ctx.access, input.sessionId)),
	/** Supervisors comment, leaders reply, while the record waits. */
	comment: groupReadProcedure
		.input(reviewCommentInput)
		.mutation(({ ctx, input }) => commentReview(ctx.prisma, ctx.viewer, ctx.access, input)),
	/** A supervisor or admin of the organization signs the record off; it is locked from then on. */
	signOff: roleProcedure('SUPERVISOR', 'ADMIN')
		.input(signOffInput)
		.mutation(({ ctx, input }) => signOff(ctx.prisma, ctx.viewer, input)),
	/** A correction to a signed-off record, with who and when. */
	addAddendum: groupRecordProcedure
		.input(addAddendumInput)
		.mutation(({ ctx, input }) => addAddendum(ctx.prisma, ctx.viewer, ctx.access, input)),
	/** What waits for review, for the dashboard. */
	queue: authedProcedure.query(({ ctx }) => listReviewQueue(ctx.prisma, ctx.viewer))
});
