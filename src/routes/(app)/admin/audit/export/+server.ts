import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { auditFiltersFrom } from '../filters';
import { attachment } from '$lib/server/http/content-disposition';

/** The filtered audit log as a CSV download (UTF-8 with BOM); the procedure allows admins and supervisors only. */
export const GET: RequestHandler = async (event) => {
	if (!event.locals.viewer) error(401, { message: 'errors.UNAUTHORIZED', key: 'errors.UNAUTHORIZED' });
	const trpc = await serverCaller(event);
	const organization = await loadOrError(() => trpc.organization.get());
	const { filters } = auditFiltersFrom(event.url.searchParams, organization.timeZone);
	const file = await loadOrError(() => trpc.audit.exportCsv(filters));
	return new Response(file.csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': attachment(file.filename),
			'cache-control': 'no-store'
		}
	});
};
