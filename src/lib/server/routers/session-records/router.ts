import { router } from '../../trpc/init';
import { sessionReadProcedure } from '../../trpc/procedures';
import { getSessionRecord } from '../../services/session-records/get-session-record';
import { exportSessionRecord } from '../../services/session-records/export-session-record';
import { sessionRecordInput } from '../../schemas/session-records/session-record.types';

/** The process record (过程记录) of one session: for its print page, and as a Word download. */
export const sessionRecordsRouter = router({
	get: sessionReadProcedure
		.input(sessionRecordInput)
		.query(({ ctx, input }) =>
			getSessionRecord(ctx.prisma, ctx.viewer, { ...ctx.access, expectedGroupId: input.groupId }, ctx.locale)
		),
	export: sessionReadProcedure
		.input(sessionRecordInput)
		.query(({ ctx, input }) =>
			exportSessionRecord(
				ctx.prisma,
				ctx.viewer,
				{ ...ctx.access, expectedGroupId: input.groupId },
				ctx.locale
			)
		)
});
