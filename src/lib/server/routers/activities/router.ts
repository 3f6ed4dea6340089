import { authedProcedure, roleProcedure, router } from '../../trpc/init';
import { listActivities } from '../../services/activities/list-activities';
import { getActivity } from '../../services/activities/get-activity';
import { createActivity, deleteActivity, updateActivity } from '../../services/activities/save-activity';
import { setFavorite } from '../../services/activities/set-favorite';
import { organizationThemes } from '../../services/organization/organization-themes';
import {
	activityIdInput,
	createActivityInput,
	listActivitiesInput,
	setFavoriteInput,
	updateActivityInput
} from '../../schemas/activities/activities.types';

/** Facilitators and admins shape the organization's library; supervisors read it. */
const libraryEditor = roleProcedure('ADMIN', 'FACILITATOR');

export const activitiesRouter = router({
	list: authedProcedure
		.input(listActivitiesInput)
		.query(({ ctx, input }) => listActivities(ctx.prisma, ctx.viewer, input)),
	/** The organization's own themes, which activities can be tagged with next to the built-in ones. */
	themes: authedProcedure.query(({ ctx }) => organizationThemes(ctx.prisma, ctx.viewer.organizationId)),
	get: authedProcedure
		.input(activityIdInput)
		.query(({ ctx, input }) => getActivity(ctx.prisma, ctx.viewer, input.activityId)),
	create: libraryEditor
		.input(createActivityInput)
		.mutation(({ ctx, input }) => createActivity(ctx.prisma, ctx.viewer, input.activity)),
	update: libraryEditor
		.input(updateActivityInput)
		.mutation(({ ctx, input }) => updateActivity(ctx.prisma, ctx.viewer, input.activityId, input.activity)),
	delete: libraryEditor
		.input(activityIdInput)
		.mutation(({ ctx, input }) => deleteActivity(ctx.prisma, ctx.viewer, input.activityId)),
	setFavorite: authedProcedure
		.input(setFavoriteInput)
		.mutation(({ ctx, input }) => setFavorite(ctx.prisma, ctx.viewer, input.activityId, input.favorite))
});
