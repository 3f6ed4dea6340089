import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	// Supervisors read and comment; designing and running groups is for facilitators and admins.
	if (event.locals.viewer?.role === 'SUPERVISOR')
		error(403, {
			message: 'groups.error.supervisorCannotCreate',
			key: 'groups.error.supervisorCannotCreate'
		});
	const trpc = await serverCaller(event);
	const [{ templates, customThemes }, leaders] = await Promise.all([
		loadOrError(() => trpc.groups.templates()),
		loadOrError(() => trpc.groups.leaderCandidates())
	]);
	return { templates, customThemes, ...leaders };
}) satisfies PageServerLoad;
