import { router } from '../../trpc/init';
import { groupReadProcedure, groupWriteProcedure, sessionWriteProcedure } from '../../trpc/procedures';
import { createConflict } from '../../services/conflicts/create-conflict';
import { deleteConflict } from '../../services/conflicts/delete-conflict';
import { listConflicts } from '../../services/conflicts/list-conflicts';
import { updateConflict } from '../../services/conflicts/update-conflict';
import {
	createConflictInput,
	deleteConflictInput,
	listConflictsInput,
	resolveConflictInput,
	updateConflictInput
} from '../../schemas/conflicts/conflict.types';

export const conflictsRouter = router({
	create: sessionWriteProcedure
		.input(createConflictInput)
		.mutation(({ ctx, input }) => createConflict(ctx.prisma, ctx.viewer, ctx.access, input)),
	list: groupReadProcedure
		.input(listConflictsInput)
		.query(({ ctx, input }) => listConflicts(ctx.prisma, ctx.viewer, ctx.access, input)),
	update: groupWriteProcedure
		.input(updateConflictInput)
		.mutation(({ ctx, input }) =>
			updateConflict(ctx.prisma, ctx.viewer, ctx.access, { kind: 'edit', ...input })
		),
	resolve: groupWriteProcedure
		.input(resolveConflictInput)
		.mutation(({ ctx, input }) =>
			updateConflict(ctx.prisma, ctx.viewer, ctx.access, { kind: 'resolve', ...input })
		),
	delete: groupWriteProcedure
		.input(deleteConflictInput)
		.mutation(({ ctx, input }) => deleteConflict(ctx.prisma, ctx.viewer, ctx.access, input.conflictId))
});
