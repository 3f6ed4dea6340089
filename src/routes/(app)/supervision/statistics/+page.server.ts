import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { statisticsQuery } from '../comparison-query';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const { timeZone } = await loadOrError(() => trpc.organization.get());
	const query = statisticsQuery(event.url, timeZone);
	return { query, rows: await loadOrError(() => trpc.supervision.statistics(query)) };
}) satisfies PageServerLoad;
