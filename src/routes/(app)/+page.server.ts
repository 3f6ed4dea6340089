import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	return { dashboard: await loadOrError(() => trpc.dashboard.get()) };
}) satisfies PageServerLoad;
