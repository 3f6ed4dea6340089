import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { listActivitiesInput } from '$lib/server/schemas/activities/activities.types';

/** Filters live in the address (a plain GET form), so a filtered library can be bookmarked and shared. */
function filtersFrom(url: URL) {
	const p = url.searchParams;
	const fits = Number(p.get('fits'));
	const parsed = listActivitiesInput.safeParse({
		search: p.get('q') || undefined,
		stage: p.get('stage') || undefined,
		theme: p.get('theme') || undefined,
		fitsMinutes: Number.isInteger(fits) && fits > 0 ? fits : undefined,
		energy: p.get('energy') || undefined,
		noMaterials: p.get('noMaterials') === '1' || undefined,
		favoritesOnly: p.get('favorites') === '1' || undefined,
		ownOnly: p.get('own') === '1' || undefined
	});
	return parsed.success ? parsed.data : {};
}

export const load = (async (event) => {
	const trpc = await serverCaller(event);
	const filters = filtersFrom(event.url);
	const [activities, customThemes] = await Promise.all([
		loadOrError(() => trpc.activities.list(filters)),
		loadOrError(() => trpc.activities.themes())
	]);
	return {
		filters,
		activities,
		customThemes,
		canCreate: event.locals.viewer?.role !== 'SUPERVISOR'
	};
}) satisfies PageServerLoad;
