import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const groupId = event.params.groupId;
	const [group, goalVerdicts, review] = await loadOrError(() =>
		Promise.all([
			trpc.groups.get({ groupId }),
			trpc.reports.goalVerdicts({ groupId }),
			trpc.reviews.get({ groupId, sessionId: null })
		])
	);
	return {
		goalVerdicts,
		review,
		group: { id: group.id, name: group.name, status: group.status, version: group.version },
		canClose: group.isLeader || event.locals.viewer?.role === 'ADMIN'
	};
}) satisfies PageServerLoad;
