import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const group = await loadOrError(() => trpc.groups.get({ groupId: event.params.groupId }));
	return {
		group: { id: group.id, name: group.name, status: group.status, version: group.version },
		canClose: group.isLeader || event.locals.viewer?.role === 'ADMIN'
	};
}) satisfies PageServerLoad;
