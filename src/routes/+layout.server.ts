import { DEFAULT_TIME_ZONE } from '$lib/domain/dates';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({
	locale: locals.locale,
	viewer: locals.viewer,
	// Every date the UI shows is formatted in the organization's zone, whatever the browser's or server's zone.
	timeZone: locals.viewer?.timeZone ?? DEFAULT_TIME_ZONE
})) satisfies LayoutServerLoad;
