import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	return { scales: await loadOrError(() => trpc.measures.scales()) };
}) satisfies PageServerLoad;
