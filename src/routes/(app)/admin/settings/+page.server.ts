import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	if (event.locals.viewer?.role !== 'ADMIN')
		error(403, { message: 'errors.FORBIDDEN', key: 'errors.FORBIDDEN' });
	const trpc = await serverCaller(event);
	return { organization: await loadOrError(() => trpc.organization.get()) };
}) satisfies PageServerLoad;
