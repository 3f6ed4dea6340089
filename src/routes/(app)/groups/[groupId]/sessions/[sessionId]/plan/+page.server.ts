import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

/** What the planner shows of a library entry (LibraryActivity in components/planner/library-zone.svelte). */
type Shown =
	| 'id'
	| 'key'
	| 'titleZh'
	| 'titleEn'
	| 'energy'
	| 'needsMaterials'
	| 'defaultMinutes'
	| 'minMinutes'
	| 'maxMinutes';

/**
 * The purposes (most of an entry's text) are read on the activities pages, so the planner does not serialize them
 * into its HTML for every activity of the library.
 */
const libraryEntry = <A extends Record<Shown, unknown>>(activity: A): Pick<A, Shown> => ({
	id: activity.id,
	key: activity.key,
	titleZh: activity.titleZh,
	titleEn: activity.titleEn,
	energy: activity.energy,
	needsMaterials: activity.needsMaterials,
	defaultMinutes: activity.defaultMinutes,
	minMinutes: activity.minMinutes,
	maxMinutes: activity.maxMinutes
});

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const sessionId = event.params.sessionId;
	const [plan, library, suggestions] = await loadOrError(() =>
		Promise.all([
			trpc.plans.get({ sessionId }),
			trpc.activities.list({}),
			trpc.plans.suggestions({ sessionId })
		])
	);
	// The session must belong to the group in the address.
	if (plan.group.id !== event.params.groupId)
		error(404, { message: 'errors.NOT_FOUND', key: 'errors.NOT_FOUND' });
	return { plan, library: library.map(libraryEntry), suggestions: suggestions.map(libraryEntry) };
}) satisfies PageServerLoad;
