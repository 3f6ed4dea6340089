import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals, url }) => {
	if (!locals.viewer) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	// The sign-in session's id stays on the server.
	const { authSessionId: _authSessionId, ...viewer } = locals.viewer;
	return { viewer };
}) satisfies LayoutServerLoad;
