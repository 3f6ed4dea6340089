import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({
	locale: locals.locale,
	viewer: locals.viewer
})) satisfies LayoutServerLoad;
