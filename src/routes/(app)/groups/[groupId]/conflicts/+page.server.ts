import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { CONFLICT_TYPES } from '$lib/domain/vocabularies';

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const { groupId } = event.params;
	const params = event.url.searchParams;
	const type = CONFLICT_TYPES.find((t) => t === params.get('type'));
	const resolved =
		params.get('resolved') === 'yes' ? true : params.get('resolved') === 'no' ? false : undefined;
	const sessionId = params.get('session') || undefined;
	const filters = { type, resolved, sessionId };
	const [group, list] = await Promise.all([
		loadOrError(() => trpc.groups.get({ groupId })),
		loadOrError(() => trpc.conflicts.list({ groupId, ...filters }))
	]);
	return {
		group: {
			id: group.id,
			name: group.name,
			members: group.enrollments
				.filter((e) => !e.leftAt)
				.map((e) => ({
					id: e.member.id,
					code: e.member.code,
					realName: e.member.realName,
					notesConsent: true
				}))
		},
		filters: { type: type ?? '', resolved: params.get('resolved') ?? '', session: sessionId ?? '' },
		...list
	};
}) satisfies PageServerLoad;
