import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { statisticsQuery } from '../comparison-query';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const { timeZone } = await loadOrError(() => trpc.organization.get());
	const query = statisticsQuery(event.url, timeZone);
	const [rows, absenceReasons] = await loadOrError(() =>
		Promise.all([trpc.supervision.statistics(query), trpc.supervision.absenceReasons(query)])
	);
	return { query, rows, absenceReasons };
}) satisfies PageServerLoad;
