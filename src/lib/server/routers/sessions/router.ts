import { router } from '../../trpc/init';
import { sessionReadProcedure, sessionWriteProcedure } from '../../trpc/procedures';
import { finishSession } from '../../services/sessions/finish-session';
import { startSession } from '../../services/sessions/start-session';
import { getSessionRun } from '../../services/sessions/get-session-run';
import { finishSessionInput } from '../../schemas/sessions/finish-session.types';

export const sessionsRouter = router({
	/** The run screen: session, plan, members and attendance. */
	run: sessionReadProcedure.query(({ ctx }) => getSessionRun(ctx.prisma, ctx.viewer, ctx.access)),
	/** The run screen's timer started: the session is in progress. */
	start: sessionWriteProcedure.mutation(({ ctx }) => startSession(ctx.prisma, ctx.viewer, ctx.access)),
	finish: sessionWriteProcedure
		.input(finishSessionInput)
		.mutation(({ ctx, input }) => finishSession(ctx.prisma, ctx.viewer, ctx.access, input))
});
