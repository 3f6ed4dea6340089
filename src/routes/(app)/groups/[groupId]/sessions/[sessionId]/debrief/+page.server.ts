import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const debrief = await loadOrError(() => trpc.debriefs.get({ sessionId: event.params.sessionId }));
	if (debrief.session.group.id !== event.params.groupId)
		error(404, { message: 'errors.NOT_FOUND', key: 'errors.NOT_FOUND' });
	return { debrief };
}) satisfies PageServerLoad;
