import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const [group, leaders] = await Promise.all([
		loadOrError(() => trpc.groups.forEdit({ groupId: event.params.groupId })),
		loadOrError(() => trpc.groups.leaderCandidates())
	]);
	return { group, candidates: leaders.candidates };
}) satisfies PageServerLoad;
