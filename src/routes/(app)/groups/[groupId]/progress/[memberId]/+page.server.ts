import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const { groupId, memberId } = event.params;
	return { progress: await loadOrError(() => trpc.reports.memberProgress({ groupId, memberId })) };
}) satisfies PageServerLoad;
