import { authedProcedure, router } from '../../trpc/init';

export const meRouter = router({
	get: authedProcedure.query(({ ctx }) => ctx.viewer)
});
