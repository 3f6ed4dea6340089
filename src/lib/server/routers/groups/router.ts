import { authedProcedure, router } from '../../trpc/init';
import { groupReadProcedure } from '../../trpc/procedures';
import { getGroup } from '../../services/groups/get-group';
import { listGroups } from '../../services/groups/list-groups';
import { listGroupsInput } from './list-groups.types';

export const groupsRouter = router({
	list: authedProcedure
		.input(listGroupsInput)
		.query(({ ctx, input }) => listGroups(ctx.prisma, ctx.viewer, input)),
	get: groupReadProcedure.query(({ ctx }) => getGroup(ctx.prisma, ctx.access))
});
