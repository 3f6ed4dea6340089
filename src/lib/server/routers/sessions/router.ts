import { router } from '../../trpc/init';
import { sessionReadProcedure, sessionWriteProcedure } from '../../trpc/procedures';
import { finishSession } from '../../services/sessions/finish-session';
import { startSession } from '../../services/sessions/start-session';
import { getSessionRun } from '../../services/sessions/get-session-run';
import { getSignInSheet } from '../../services/sessions/get-sign-in-sheet';
import { finishSessionInput } from '../../schemas/sessions/finish-session.types';

export const sessionsRouter = router({
	/** The run screen: session, plan, members and attendance. */
	run: sessionReadProcedure.query(({ ctx }) => getSessionRun(ctx.prisma, ctx.viewer, ctx.access)),
	/** The run screen's timer started: the session is in progress. */
	start: sessionWriteProcedure.mutation(({ ctx }) => startSession(ctx.prisma, ctx.viewer, ctx.access)),
	/** The sign-in sheet (签到表) for the print page; reading it is audited. */
	signInSheet: sessionReadProcedure.query(({ ctx }) =>
		getSignInSheet(ctx.prisma, ctx.viewer, ctx.access, { purpose: 'read' })
	),
	/** The sign-in sheet for its Word download, audited as an export. */
	exportSignInSheet: sessionReadProcedure.query(({ ctx }) =>
		getSignInSheet(ctx.prisma, ctx.viewer, ctx.access, { purpose: 'export' })
	),
	finish: sessionWriteProcedure
		.input(finishSessionInput)
		.mutation(({ ctx, input }) => finishSession(ctx.prisma, ctx.viewer, ctx.access, input))
});
