import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { comparisonQuery } from './comparison-query';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const query = comparisonQuery(event.url);
	const [filters, comparison] = await Promise.all([
		loadOrError(() => trpc.supervision.filters()),
		loadOrError(() => trpc.supervision.compare(query))
	]);
	return { filters, comparison, query };
}) satisfies PageServerLoad;
