import { authedProcedure, router } from '../../trpc/init';

export const meRouter = router({
	// The sign-in session's id stays on the server.
	get: authedProcedure.query(({ ctx }) => {
		const { authSessionId: _authSessionId, ...viewer } = ctx.viewer;
		return viewer;
	})
});
