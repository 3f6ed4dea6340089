import type { RequestHandler } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { comparisonCsv } from '$lib/server/services/supervision/comparison-csv';
import { comparisonQuery } from '../comparison-query';
import { attachment } from '$lib/server/http/content-disposition';

/** The comparison as CSV, with the page's filters (UTF-8 with BOM so that Excel shows Chinese). */
export const GET: RequestHandler = async (event) => {
	const trpc = await serverCaller(event);
	const comparison = await loadOrError(() => trpc.supervision.exportCompare(comparisonQuery(event.url)));
	return new Response(comparisonCsv(comparison, event.locals.locale), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': attachment('小组对比.csv', 'group-comparison.csv'),
			'cache-control': 'no-store'
		}
	});
};
