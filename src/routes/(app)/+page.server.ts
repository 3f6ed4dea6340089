import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const [dashboard, reviews] = await loadOrError(() =>
		Promise.all([trpc.dashboard.get(), trpc.reviews.queue()])
	);
	return { dashboard, reviews };
}) satisfies PageServerLoad;
