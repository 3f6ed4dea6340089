import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const sheet = await loadOrError(() => trpc.sessions.signInSheet({ sessionId: event.params.sessionId }));
	// A session reached through another group's address is not found there.
	if (sheet.group.id !== event.params.groupId)
		error(404, { message: 'errors.NOT_FOUND', key: 'errors.NOT_FOUND' });
	return { sheet };
}) satisfies PageServerLoad;
