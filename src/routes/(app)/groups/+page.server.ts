import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { listGroupsInput } from '$lib/server/schemas/groups/list-groups.types';

export const load = (async (event) => {
	const params = event.url.searchParams;
	const parsed = listGroupsInput.safeParse({
		status: params.get('status') || undefined,
		search: params.get('q') || undefined,
		page: Number(params.get('page') ?? 1) || 1
	});
	const input = parsed.success ? parsed.data : listGroupsInput.parse({});
	const trpc = await serverCaller(event);
	return { input, result: await loadOrError(() => trpc.groups.list(input)) };
}) satisfies PageServerLoad;
