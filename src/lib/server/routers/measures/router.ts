import { authedProcedure, roleProcedure, router } from '../../trpc/init';
import { groupWriteProcedure } from '../../trpc/procedures';
import { createGoal } from '../../services/measures/create-goal';
import { createScale } from '../../services/measures/create-scale';
import { getMeasureSheet } from '../../services/measures/get-measure-sheet';
import { listScales } from '../../services/measures/list-scales';
import { saveResponses } from '../../services/measures/save-responses';
import { updateNorms } from '../../services/measures/update-norms';
import { updateScaleWording } from '../../services/measures/update-scale-wording';
import {
	createGoalInput,
	createScaleInput,
	saveResponsesInput,
	sheetInput,
	updateNormsInput,
	updateScaleWordingInput
} from '../../schemas/measures/measures.types';

// Scores are entered by the group's leaders (and admins): the write builders guard every procedure here.
export const measuresRouter = router({
	sheet: groupWriteProcedure
		.input(sheetInput)
		.query(({ ctx, input }) =>
			getMeasureSheet(ctx.prisma, { access: ctx.access, point: input.point, sessionId: input.sessionId })
		),
	save: groupWriteProcedure
		.input(saveResponsesInput)
		.mutation(({ ctx, input }) =>
			saveResponses(ctx.prisma, { access: ctx.access, viewer: ctx.viewer, ...input })
		),
	createGoal: groupWriteProcedure
		.input(createGoalInput)
		.mutation(({ ctx, input }) => createGoal(ctx.prisma, { access: ctx.access, ...input })),
	scales: authedProcedure.query(({ ctx }) => listScales(ctx.prisma, ctx.viewer)),
	createScale: roleProcedure('SUPERVISOR', 'ADMIN')
		.input(createScaleInput)
		.mutation(({ ctx, input }) => createScale(ctx.prisma, { viewer: ctx.viewer, ...input })),
	updateScaleWording: roleProcedure('SUPERVISOR', 'ADMIN')
		.input(updateScaleWordingInput)
		.mutation(({ ctx, input }) => updateScaleWording(ctx.prisma, { viewer: ctx.viewer, ...input })),
	updateNorms: roleProcedure('SUPERVISOR', 'ADMIN')
		.input(updateNormsInput)
		.mutation(({ ctx, input }) => updateNorms(ctx.prisma, { viewer: ctx.viewer, ...input }))
});
