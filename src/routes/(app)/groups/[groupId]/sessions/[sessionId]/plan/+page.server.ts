import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const sessionId = event.params.sessionId;
	const [plan, library, suggestions] = await loadOrError(() =>
		Promise.all([
			trpc.plans.get({ sessionId }),
			trpc.activities.list({}),
			trpc.plans.suggestions({ sessionId })
		])
	);
	// The session must belong to the group in the address.
	if (plan.group.id !== event.params.groupId)
		error(404, { message: 'errors.NOT_FOUND', key: 'errors.NOT_FOUND' });
	return { plan, library, suggestions };
}) satisfies PageServerLoad;
