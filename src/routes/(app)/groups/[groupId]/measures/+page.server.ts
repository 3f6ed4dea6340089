import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

const POINTS = ['BASELINE', 'SESSION', 'END'] as const;

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const pointParam = event.url.searchParams.get('point');
	const point = POINTS.find((p) => p === pointParam) ?? 'SESSION';
	const sessionId = point === 'SESSION' ? event.url.searchParams.get('session') || null : null;
	return {
		sheet: await loadOrError(() => trpc.measures.sheet({ groupId: event.params.groupId, point, sessionId }))
	};
}) satisfies PageServerLoad;
