import { authedProcedure, router } from '../../trpc/init';
import { getDashboard } from '../../services/dashboard/get-dashboard';

export const dashboardRouter = router({
	get: authedProcedure.query(async ({ ctx }) => {
		const org = await ctx.prisma.organization.findUniqueOrThrow({
			where: { id: ctx.viewer.organizationId },
			select: { timeZone: true }
		});
		return getDashboard(ctx.prisma, ctx.viewer, { timeZone: org.timeZone });
	})
});
