import type { PageServerLoad } from './$types';
import { MEASURE_POINTS } from '$lib/domain/vocabularies';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const pointParam = event.url.searchParams.get('point');
	const point = MEASURE_POINTS.find((p) => p === pointParam) ?? 'SESSION';
	const sessionId = point === 'SESSION' ? event.url.searchParams.get('session') || null : null;
	return {
		sheet: await loadOrError(() => trpc.measures.sheet({ groupId: event.params.groupId, point, sessionId }))
	};
}) satisfies PageServerLoad;
