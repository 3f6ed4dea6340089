import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

const PAGE_SIZE = 50;

export const load = (async (event) => {
	const search = (event.url.searchParams.get('q') ?? '').trim().slice(0, 40);
	const page = Math.min(10_000, Math.max(1, Number(event.url.searchParams.get('page')) || 1));
	const trpc = await serverCaller(event);
	const result = await loadOrError(() =>
		trpc.records.listMembers({ search: search || undefined, page, pageSize: PAGE_SIZE })
	);
	return { ...result, search, page, pageSize: PAGE_SIZE };
}) satisfies PageServerLoad;
