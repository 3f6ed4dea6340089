import { roleProcedure, router } from '../../trpc/init';
import {
	sessionReadGatedProcedure,
	sessionReadProcedure,
	sessionWriteGatedProcedure
} from '../../trpc/procedures';
import { liveSessionEvents } from '../../realtime/live-session-events';
import { getPlan } from '../../services/plans/get-plan';
import { savePlan } from '../../services/plans/save-plan';
import { suggestActivities } from '../../services/plans/suggest-activities';
import { listCopySources } from '../../services/plans/list-copy-sources';
import { planChannel, type PlanChange } from '../../services/plans/plan-channel';
import { deletePlanTemplate, listPlanTemplates, savePlanTemplate } from '../../services/plans/plan-templates';
import { savePlanInput, saveTemplateInput, templateIdInput } from '../../schemas/plans/plans.types';

const templateEditor = roleProcedure('ADMIN', 'FACILITATOR');

export const plansRouter = router({
	get: sessionReadGatedProcedure.query(({ ctx, input }) => getPlan(ctx.prisma, ctx.gate, input.sessionId)),
	save: sessionWriteGatedProcedure.input(savePlanInput).mutation(({ ctx, input }) =>
		savePlan(ctx.prisma, ctx.gate, {
			sessionId: input.sessionId,
			baseVersion: input.baseVersion,
			baseItems: input.baseItems,
			items: input.items
		})
	),
	/** Announces every saved version of this session's plan: `{ sessionId, version, byUserId }`. */
	onChange: sessionReadProcedure.subscription(({ ctx, signal }) =>
		liveSessionEvents<PlanChange>({
			prisma: ctx.prisma,
			viewer: ctx.viewer,
			sessionId: ctx.access.sessionId,
			channel: planChannel(ctx.access.sessionId),
			signal
		})
	),
	suggestions: sessionReadProcedure.query(({ ctx }) => suggestActivities(ctx.prisma, ctx.viewer, ctx.access)),
	copySources: sessionReadProcedure.query(({ ctx }) =>
		listCopySources(ctx.prisma, ctx.viewer, ctx.access.sessionId)
	),
	templates: templateEditor.query(({ ctx }) => listPlanTemplates(ctx.prisma, ctx.viewer)),
	saveTemplate: templateEditor
		.input(saveTemplateInput)
		.mutation(({ ctx, input }) => savePlanTemplate(ctx.prisma, ctx.viewer, input)),
	deleteTemplate: templateEditor
		.input(templateIdInput)
		.mutation(({ ctx, input }) => deletePlanTemplate(ctx.prisma, ctx.viewer, input.templateId))
});
