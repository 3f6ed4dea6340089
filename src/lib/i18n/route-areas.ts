import type { MessageSlice } from './load';

/**
 * The message areas the browser loads, per route (src/lib/i18n/messages/<area>.ts, one language at a time): the
 * root layout's load awaits the shell's areas (every page: layouts, error page) and the route's own.
 * route-areas.test.ts walks each page's static imports and fails when a message key it uses is not covered, or when
 * an area listed is not used.
 */
// `errors` must stay: an area's chunk leaves its error messages to it (any page may show any error code).
export const SHELL_AREAS: readonly MessageSlice[] = ['common', 'errors', 'offline'];

export const ROUTE_AREAS: Readonly<Record<string, readonly MessageSlice[]>> = {
	'/(app)': ['dashboard', 'review', 'session-run'],
	'/(app)/activities': ['activities', 'groups'],
	'/(app)/admin': ['admin', 'organization'],
	'/(app)/admin/audit': [
		'absence',
		'admin',
		'closing-evaluation',
		'organization',
		'photos',
		'records',
		'review',
		'self-report',
		'session-record',
		'tablet'
	],
	'/(app)/admin/settings': ['admin', 'organization'],
	'/(app)/groups': ['groups'],
	'/(app)/groups/[groupId]': ['groups', 'organization'],
	'/(app)/groups/[groupId]/close': ['closing-evaluation', 'organization', 'review'],
	'/(app)/groups/[groupId]/conflicts': ['session-run', 'tablet'],
	'/(app)/groups/[groupId]/edit': ['groups', 'plan-book', 'tablet'],
	'/(app)/groups/[groupId]/exports': ['groups'],
	'/(app)/groups/[groupId]/exports/print': ['groups', 'plan-book'],
	'/(app)/groups/[groupId]/measures': ['groups', 'measures', 'self-report'],
	'/(app)/groups/[groupId]/members': ['groups', 'members', 'tablet'],
	'/(app)/groups/[groupId]/outcomes': ['absence', 'groups', 'measures', 'reports', 'self-report', 'tablet'],
	'/(app)/groups/[groupId]/progress': ['groups', 'reports'],
	'/(app)/groups/[groupId]/progress/[memberId]': [
		'absence',
		'measures',
		'reports',
		'self-report',
		'session-run',
		'tablet'
	],
	'/(app)/groups/[groupId]/sessions/[sessionId]': [
		'absence',
		'photos',
		'review',
		'session-record',
		'session-run',
		'tablet'
	],
	'/(app)/groups/[groupId]/sessions/[sessionId]/debrief': ['debrief', 'debrief-presence', 'review'],
	'/(app)/groups/[groupId]/sessions/[sessionId]/plan': ['activities', 'planner'],
	'/(app)/groups/[groupId]/sessions/[sessionId]/record': [
		'absence',
		'debrief',
		'groups',
		'photos',
		'records',
		'review',
		'session-record',
		'session-run',
		'tablet'
	],
	'/(app)/groups/[groupId]/sessions/[sessionId]/sign-in-sheet': ['absence', 'session-run'],
	'/(app)/groups/archived': ['groups', 'organization'],
	'/(app)/groups/new': ['groups', 'plan-book', 'tablet'],
	'/(app)/members': ['organization', 'records'],
	'/(app)/members/[memberId]': ['absence', 'records', 'self-report', 'tablet'],
	'/(app)/supervision': ['reports', 'tablet'],
	'/(app)/supervision/scales': ['measures', 'reports', 'self-report'],
	'/(app)/supervision/statistics': ['absence', 'reports', 'tablet'],
	'/member-mode/[groupId]': ['measures', 'self-report'],
	'/r/[token]': ['measures', 'self-report'],
	'/r/done': ['self-report'],
	'/sign-in': ['auth']
};

/** The areas a route needs: the shell's and its own (`routeId` as SvelteKit's `route.id`; null: no route). */
export function routeAreas(routeId: string | null): MessageSlice[] {
	return [...new Set([...SHELL_AREAS, ...((routeId && ROUTE_AREAS[routeId]) || [])])];
}
