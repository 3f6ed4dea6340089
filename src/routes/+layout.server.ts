import { DEFAULT_TIME_ZONE } from '$lib/domain/dates';
import type { LayoutServerLoad } from './$types';

// The viewer is not handed on from here: the signed-in pages get it from (app)/+layout.server.ts, without the
// sign-in session's id, and every layout's data is written into the page once more for the browser.
export const load = (({ locals }) => ({
	locale: locals.locale,
	// Every date the UI shows is formatted in the organization's zone, whatever the browser's or server's zone.
	timeZone: locals.viewer?.timeZone ?? DEFAULT_TIME_ZONE
})) satisfies LayoutServerLoad;
