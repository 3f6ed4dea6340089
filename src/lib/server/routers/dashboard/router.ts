import { authedProcedure, router } from '../../trpc/init';
import { getDashboard } from '../../services/dashboard/get-dashboard';

export const dashboardRouter = router({
	get: authedProcedure.query(({ ctx }) =>
		getDashboard(ctx.prisma, ctx.viewer, { timeZone: ctx.viewer.timeZone })
	)
});
