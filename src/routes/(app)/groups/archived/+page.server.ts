import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

export const load = (async (event) => {
	const page = Math.min(10_000, Math.max(1, Number(event.url.searchParams.get('page')) || 1));
	const trpc = await serverCaller(event);
	return { archived: await loadOrError(() => trpc.archive.list({ page, pageSize: 30 })), page };
}) satisfies PageServerLoad;
