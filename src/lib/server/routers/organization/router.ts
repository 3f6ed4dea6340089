import { authedProcedure, roleProcedure, router } from '../../trpc/init';
import { getOrganization } from '../../services/organization/get-organization';
import { updateOrganization } from '../../services/organization/update-organization';
import { updateOrganizationInput } from '../../schemas/organization/organization.types';

export const organizationRouter = router({
	/** Every signed-in person reads the settings (time zone, default length, themes feed their forms). */
	get: authedProcedure.query(({ ctx }) => getOrganization(ctx.prisma, ctx.viewer.organizationId)),
	update: roleProcedure('ADMIN')
		.input(updateOrganizationInput)
		.mutation(({ ctx, input }) => updateOrganization(ctx.prisma, ctx.viewer, input))
});
