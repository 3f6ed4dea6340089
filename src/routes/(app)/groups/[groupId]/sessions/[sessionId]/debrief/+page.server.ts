import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const { groupId, sessionId } = event.params;
	const debrief = await loadOrError(() => trpc.debriefs.get({ sessionId }));
	if (debrief.session.group.id !== groupId)
		error(404, { message: 'errors.NOT_FOUND', key: 'errors.NOT_FOUND' });
	const review = await loadOrError(() => trpc.reviews.get({ groupId, sessionId }));
	// A signed-off debrief is shown read-only (the server refuses its updates anyway: review.locked).
	return { debrief: { ...debrief, canEdit: debrief.canEdit && !review.locked }, locked: review.locked };
}) satisfies PageServerLoad;
