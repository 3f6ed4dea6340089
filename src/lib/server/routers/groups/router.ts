import { authedProcedure, roleProcedure, router } from '../../trpc/init';
import {
	groupLeadersProcedure,
	groupReadGatedProcedure,
	groupReadProcedure,
	groupWriteProcedure
} from '../../trpc/procedures';
import { createGroup } from '../../services/groups/create-group';
import { getGroup } from '../../services/groups/get-group';
import { getGroupForEdit } from '../../services/groups/get-group-for-edit';
import { getPlanDocument } from '../../services/groups/get-plan-document';
import { exportPlanDocument } from '../../services/groups/export-plan-document';
import { listGroups } from '../../services/groups/list-groups';
import { listLeaderCandidates } from '../../services/groups/list-leader-candidates';
import { listTemplatesAndThemes } from '../../services/groups/list-templates';
import { setLeaders } from '../../services/groups/set-leaders';
import { updateGroup } from '../../services/groups/update-group';
import {
	createGroupInput,
	exportPlanInput,
	setLeadersInput,
	updateGroupInput
} from '../../schemas/groups/group-design.types';
import { listGroupsInput } from '../../schemas/groups/list-groups.types';

/** Designing groups is for facilitators and admins; supervisors read and comment but do not run groups. */
const designerProcedure = roleProcedure('ADMIN', 'FACILITATOR');

export const groupsRouter = router({
	list: authedProcedure
		.input(listGroupsInput)
		.query(({ ctx, input }) => listGroups(ctx.prisma, ctx.viewer, input)),
	get: groupReadGatedProcedure.query(({ ctx, input }) => getGroup(ctx.prisma, ctx.gate, input.groupId)),
	templates: authedProcedure.query(({ ctx }) =>
		listTemplatesAndThemes(ctx.prisma, ctx.viewer.organizationId, ctx.locale)
	),
	leaderCandidates: designerProcedure.query(({ ctx }) =>
		listLeaderCandidates(ctx.prisma, ctx.viewer.organizationId)
	),
	create: designerProcedure
		.input(createGroupInput)
		.mutation(({ ctx, input }) => createGroup(ctx.prisma, { viewer: ctx.viewer, locale: ctx.locale, input })),
	forEdit: groupWriteProcedure.query(({ ctx }) => getGroupForEdit(ctx.prisma, ctx.viewer, ctx.access)),
	update: groupWriteProcedure
		.input(updateGroupInput)
		.mutation(({ ctx, input }) => updateGroup(ctx.prisma, ctx.viewer, ctx.access, input)),
	setLeaders: groupLeadersProcedure
		.input(setLeadersInput)
		.mutation(({ ctx, input }) => setLeaders(ctx.prisma, ctx.viewer, ctx.access, input)),
	planDocument: groupReadProcedure.query(({ ctx }) => getPlanDocument(ctx.prisma, ctx.access, ctx.locale)),
	/** The plan for a download (.docx or .ics): the same document, and the download is audited. */
	exportPlan: groupReadProcedure
		.input(exportPlanInput)
		.query(({ ctx, input }) =>
			exportPlanDocument(ctx.prisma, ctx.viewer, ctx.access, { locale: ctx.locale, format: input.format })
		)
});
