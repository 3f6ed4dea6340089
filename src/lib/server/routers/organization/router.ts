import { authedProcedure, roleProcedure, router } from '../../trpc/init';
import { recordAudit } from '../../services/audit/record-audit';
import { getOrganization } from '../../services/organization/get-organization';
import { updateOrganization } from '../../services/organization/update-organization';
import { updateOrganizationInput } from './organization.types';

export const organizationRouter = router({
	/** Every signed-in person reads the settings (time zone, default length, themes feed their forms). */
	get: authedProcedure.query(({ ctx }) => getOrganization(ctx.prisma, ctx.viewer.organizationId)),
	update: roleProcedure('ADMIN')
		.input(updateOrganizationInput)
		.mutation(async ({ ctx, input }) => {
			const result = await updateOrganization(ctx.prisma, ctx.viewer.organizationId, input);
			await recordAudit(ctx.prisma, ctx.viewer, {
				action: 'UPDATE',
				entity: 'Organization',
				entityId: ctx.viewer.organizationId
			});
			return result;
		})
});
