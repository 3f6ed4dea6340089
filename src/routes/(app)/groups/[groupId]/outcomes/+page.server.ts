import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	return { outcomes: await loadOrError(() => trpc.reports.outcomes({ groupId: event.params.groupId })) };
}) satisfies PageServerLoad;
