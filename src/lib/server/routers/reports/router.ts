import { router } from '../../trpc/init';
import { groupReadGatedProcedure, groupReadProcedure, groupWriteProcedure } from '../../trpc/procedures';
import { buildClosingReport } from '../../services/reports/build-closing-report';
import { getGroupOutcomes } from '../../services/reports/get-group-outcomes';
import { getMemberProgress } from '../../services/reports/get-member-progress';
import { closingReportInput, memberProgressInput } from '../../schemas/reports/reports.types';
import { saveGoalVerdictsInput } from '../../schemas/reports/goal-verdicts.types';
import { getGoalVerdicts } from '../../services/reports/get-goal-verdicts';
import { saveGoalVerdicts } from '../../services/reports/save-goal-verdicts';

export const reportsRouter = router({
	outcomes: groupReadGatedProcedure.query(({ ctx, input }) =>
		getGroupOutcomes(ctx.prisma, ctx.gate, input.groupId)
	),
	memberProgress: groupReadGatedProcedure
		.input(memberProgressInput)
		.query(({ ctx, input }) => getMemberProgress(ctx.prisma, ctx.gate, input.groupId, input.memberId)),
	/** The closing evaluation report (结案评估报告) as a .docx, base64-encoded. */
	closingReport: groupReadGatedProcedure.input(closingReportInput).mutation(({ ctx, input }) =>
		buildClosingReport(ctx.prisma, {
			gate: ctx.gate,
			groupId: input.groupId,
			locale: ctx.locale,
			reflection: input.reflection
		})
	),
	/** The goals with the leaders' verdicts (达成 / 部分达成 / 未达成) and evidence, for the close page. */
	goalVerdicts: groupReadProcedure.query(({ ctx }) => getGoalVerdicts(ctx.prisma, ctx.access)),
	saveGoalVerdicts: groupWriteProcedure
		.input(saveGoalVerdictsInput)
		.mutation(({ ctx, input }) => saveGoalVerdicts(ctx.prisma, ctx.viewer, ctx.access, input))
});
