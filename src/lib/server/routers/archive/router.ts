import { authedProcedure, router } from '../../trpc/init';
import { groupReadProcedure, groupWriteProcedure } from '../../trpc/procedures';
import { recordAudit } from '../../services/audit/record-audit';
import { closeGroup } from '../../services/archive/close-group';
import { listArchived } from '../../services/archive/list-archived';
import { exportArchive } from '../../services/archive/export-archive';
import { closeGroupInput, listArchivedInput } from './archive.types';

export const archiveRouter = router({
	list: authedProcedure
		.input(listArchivedInput)
		.query(({ ctx, input }) => listArchived(ctx.prisma, ctx.viewer, input)),

	/** Leaders or an admin close a group; groupWriteProcedure already refuses a group that is closed. */
	close: groupWriteProcedure.input(closeGroupInput).mutation(async ({ ctx, input }) => {
		const result = await closeGroup(ctx.prisma, ctx.access, input);
		await recordAudit(ctx.prisma, ctx.viewer, {
			action: 'UPDATE',
			entity: 'GroupClosed',
			entityId: input.groupId,
			groupId: input.groupId
		});
		return result;
	}),

	export: groupReadProcedure.query(async ({ ctx, input }) => {
		const result = await exportArchive(ctx.prisma, ctx.viewer, ctx.access, { locale: ctx.locale });
		await recordAudit(ctx.prisma, ctx.viewer, {
			action: 'EXPORT',
			entity: 'GroupArchive',
			entityId: input.groupId,
			groupId: input.groupId
		});
		return result;
	})
});
