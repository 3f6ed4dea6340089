import { router } from '../../trpc/init';
import { sessionReadProcedure, sessionWriteProcedure } from '../../trpc/procedures';
import { liveSessionEvents } from '../../realtime/live-session-events';
import { addDebriefComment } from '../../services/debriefs/add-debrief-comment';
import { applyDebriefUpdate } from '../../services/debriefs/apply-debrief-update';
import { debriefChannel, type DebriefEvent } from '../../services/debriefs/debrief-channel';
import { getDebrief } from '../../services/debriefs/get-debrief';
import { getDebriefVersion } from '../../services/debriefs/get-debrief-version';
import { listDebriefHistory } from '../../services/debriefs/list-debrief-history';
import { relayDebriefPresence } from '../../services/debriefs/relay-debrief-presence';
import {
	addDebriefCommentInput,
	applyDebriefUpdateInput,
	debriefEventsInput,
	debriefPresenceInput,
	debriefVersionInput
} from '../../schemas/debriefs/debrief.types';

export const debriefsRouter = router({
	get: sessionReadProcedure.query(({ ctx }) => getDebrief(ctx.prisma, ctx.viewer, ctx.access)),
	/** Only the group's leaders write; admins and supervisors read and comment. */
	update: sessionWriteProcedure
		.input(applyDebriefUpdateInput)
		.mutation(({ ctx, input }) => applyDebriefUpdate(ctx.prisma, ctx.viewer, ctx.access, input)),
	history: sessionReadProcedure.query(({ ctx }) => listDebriefHistory(ctx.prisma, ctx.access)),
	version: sessionReadProcedure
		.input(debriefVersionInput)
		.query(({ ctx, input }) => getDebriefVersion(ctx.prisma, ctx.access, input.updateId)),
	comment: sessionReadProcedure
		.input(addDebriefCommentInput)
		.mutation(({ ctx, input }) => addDebriefComment(ctx.prisma, ctx.viewer, ctx.access, input.body)),
	/** Who is in the debrief and where they type (never stored): anyone who may read it, under their own name. */
	presence: sessionReadProcedure
		.input(debriefPresenceInput)
		.mutation(({ ctx, input }) => relayDebriefPresence(ctx.viewer, ctx.access, input)),
	/** Live changes of the other writers, new comments, and the others' presence. */
	events: sessionReadProcedure.input(debriefEventsInput).subscription(({ ctx, input, signal }) =>
		liveSessionEvents<DebriefEvent>({
			prisma: ctx.prisma,
			viewer: ctx.viewer,
			sessionId: ctx.access.sessionId,
			channel: debriefChannel(ctx.access.sessionId),
			signal,
			keep: (e) => !(e.type !== 'comment' && e.clientId === input.clientId)
		})
	)
});
