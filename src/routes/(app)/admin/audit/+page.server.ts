import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { auditFiltersFrom } from './filters';

const PAGE_SIZE = 50;

export const load = (async (event) => {
	const role = event.locals.viewer?.role;
	if (role !== 'ADMIN' && role !== 'SUPERVISOR')
		error(403, { message: 'errors.FORBIDDEN', key: 'errors.FORBIDDEN' });
	const trpc = await serverCaller(event);
	const organization = await loadOrError(() => trpc.organization.get());
	const { values, filters } = auditFiltersFrom(event.url.searchParams, organization.timeZone);
	const page = Math.min(100_000, Math.max(1, Number(event.url.searchParams.get('page')) || 1));
	const [log, options] = await Promise.all([
		loadOrError(() => trpc.audit.list({ ...filters, page, pageSize: PAGE_SIZE })),
		loadOrError(() => trpc.audit.filterOptions())
	]);
	return { log, options, values };
}) satisfies PageServerLoad;
