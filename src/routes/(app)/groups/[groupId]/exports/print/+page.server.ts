import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	return { doc: await loadOrError(() => trpc.groups.planDocument({ groupId: event.params.groupId })) };
}) satisfies PageServerLoad;
