import type { RequestHandler } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { statisticsCsv } from '$lib/server/services/supervision/comparison-csv';
import { statisticsQuery } from '../../comparison-query';
import { attachment } from '$lib/server/http/content-disposition';

/** Service statistics as CSV (UTF-8 with BOM). */
export const GET: RequestHandler = async (event) => {
	const trpc = await serverCaller(event);
	const { timeZone } = await loadOrError(() => trpc.organization.get());
	const rows = await loadOrError(() =>
		trpc.supervision.exportStatistics(statisticsQuery(event.url, timeZone))
	);
	return new Response(statisticsCsv(rows, event.locals.locale), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': attachment('服务数据统计.csv', 'service-statistics.csv'),
			'cache-control': 'no-store'
		}
	});
};
