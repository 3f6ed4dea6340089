import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const { groupId, sessionId } = event.params;
	return { record: await loadOrError(() => trpc.sessionRecords.get({ sessionId, groupId })) };
}) satisfies PageServerLoad;
