import { loadMessages } from '$lib/i18n/load';
import { routeAreas } from '$lib/i18n/route-areas';
import type { LayoutLoad } from './$types';

// The page's messages in its language arrive before it renders (in the browser; the server holds them all): the
// shell's areas and the route's (src/lib/i18n/route-areas.ts). Reading `route.id` reruns this on each navigation.
export const load = (async ({ data, route }) => {
	await loadMessages(data.locale, routeAreas(route.id));
	return data;
}) satisfies LayoutLoad;
