import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const { groupId, sessionId } = event.params;
	const run = await loadOrError(() => trpc.sessions.run({ sessionId }));
	// A session reached through another group's address is not found there.
	if (run.group.id !== groupId) error(404, { message: 'errors.NOT_FOUND', key: 'errors.NOT_FOUND' });
	const [interactions, observations, conflicts, photos, review] = await loadOrError(() =>
		Promise.all([
			trpc.interactions.list({ sessionId }),
			trpc.observations.list({ sessionId }),
			trpc.conflicts.list({ groupId, sessionId }),
			trpc.photos.list({ sessionId }),
			trpc.reviews.get({ groupId, sessionId })
		])
	);
	// A signed-off record is shown read-only (the server refuses its changes anyway: review.locked).
	const locked = { ...run, canWrite: run.canWrite && !review.locked };
	return { run: locked, interactions, observations, conflicts: conflicts.conflicts, photos, review };
}) satisfies PageServerLoad;
