import { router } from '../../trpc/init';
import { groupReadGatedProcedure, groupReadProcedure } from '../../trpc/procedures';
import { buildClosingReport } from '../../services/reports/build-closing-report';
import { getGroupOutcomesGated } from '../../services/reports/get-group-outcomes';
import { getMemberProgress } from '../../services/reports/get-member-progress';
import { closingReportInput, memberProgressInput } from './reports.types';

export const reportsRouter = router({
	outcomes: groupReadGatedProcedure.query(({ ctx, input }) =>
		getGroupOutcomesGated(ctx.prisma, ctx.gate, input.groupId)
	),
	memberProgress: groupReadGatedProcedure
		.input(memberProgressInput)
		.query(({ ctx, input }) => getMemberProgress(ctx.prisma, ctx.gate, input.groupId, input.memberId)),
	/** The closing evaluation report (结案评估报告) as a .docx, base64-encoded. */
	closingReport: groupReadProcedure.input(closingReportInput).mutation(({ ctx, input }) =>
		buildClosingReport(ctx.prisma, {
			viewer: ctx.viewer,
			access: ctx.access,
			locale: ctx.locale,
			reflection: input.reflection
		})
	)
});
