import { authedProcedure, router } from '../../trpc/init';
import { groupReadProcedure, groupWriteProcedure } from '../../trpc/procedures';
import { closeGroup } from '../../services/archive/close-group';
import { listArchived } from '../../services/archive/list-archived';
import { exportArchive } from '../../services/archive/export-archive';
import { closeGroupInput, listArchivedInput } from '../../schemas/archive/archive.types';

export const archiveRouter = router({
	list: authedProcedure
		.input(listArchivedInput)
		.query(({ ctx, input }) => listArchived(ctx.prisma, ctx.viewer, input)),

	/** Leaders or an admin close a group; groupWriteProcedure already refuses a group that is closed. */
	close: groupWriteProcedure
		.input(closeGroupInput)
		.mutation(({ ctx, input }) => closeGroup(ctx.prisma, ctx.viewer, ctx.access, input)),

	export: groupReadProcedure.query(({ ctx }) =>
		exportArchive(ctx.prisma, ctx.viewer, ctx.access, { locale: ctx.locale })
	)
});
