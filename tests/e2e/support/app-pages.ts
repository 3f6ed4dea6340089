// Every page of the app as data, for the specs that walk all of them (accessibility, tablet layout).
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { DEMO } from './sign-in';

export interface DemoIds {
	groupId: string;
	sessionId: string;
	memberId: string;
	/** The group's first session (done in the demo data, so its logs have entries). */
	firstSessionId: string;
}

export interface AppPage {
	name: string;
	as: keyof typeof DEMO | null;
	path: (ids: DemoIds) => string;
}

const group = (i: DemoIds) => `/groups/${i.groupId}`;
const session = (i: DemoIds) => `${group(i)}/sessions/${i.sessionId}`;

export const APP_PAGES: AppPage[] = [
	{ name: 'sign-in', as: null, path: () => '/sign-in' },
	{ name: 'dashboard', as: 'facilitator', path: () => '/' },
	{ name: 'groups', as: 'facilitator', path: () => '/groups' },
	{ name: 'new group', as: 'facilitator', path: () => '/groups/new' },
	{ name: 'group overview', as: 'facilitator', path: group },
	{ name: 'group edit', as: 'facilitator', path: (i) => `${group(i)}/edit` },
	{ name: 'group members', as: 'facilitator', path: (i) => `${group(i)}/members` },
	{ name: 'session plan', as: 'facilitator', path: (i) => `${session(i)}/plan` },
	{ name: 'session run', as: 'facilitator', path: session },
	{ name: 'debrief', as: 'facilitator', path: (i) => `${session(i)}/debrief` },
	{ name: 'sign-in sheet', as: 'facilitator', path: (i) => `${session(i)}/sign-in-sheet` },
	{ name: 'session record', as: 'facilitator', path: (i) => `${session(i)}/record` },
	{ name: 'conflicts', as: 'facilitator', path: (i) => `${group(i)}/conflicts` },
	{ name: 'measures', as: 'facilitator', path: (i) => `${group(i)}/measures` },
	{ name: 'progress', as: 'facilitator', path: (i) => `${group(i)}/progress` },
	{ name: 'member progress', as: 'facilitator', path: (i) => `${group(i)}/progress/${i.memberId}` },
	{ name: 'outcomes', as: 'facilitator', path: (i) => `${group(i)}/outcomes` },
	{ name: 'exports', as: 'facilitator', path: (i) => `${group(i)}/exports` },
	{ name: 'close group', as: 'facilitator', path: (i) => `${group(i)}/close` },
	{ name: 'activities', as: 'facilitator', path: () => '/activities' },
	{ name: 'members', as: 'facilitator', path: () => '/members' },
	{ name: 'member record', as: 'facilitator', path: (i) => `/members/${i.memberId}` },
	{ name: 'supervision', as: 'supervisor', path: () => '/supervision' },
	{ name: 'outcomes (supervisor)', as: 'supervisor', path: (i) => `${group(i)}/outcomes` },
	{ name: 'statistics', as: 'supervisor', path: () => '/supervision/statistics' },
	{ name: 'scales', as: 'supervisor', path: () => '/supervision/scales' },
	{ name: 'admin', as: 'admin', path: () => '/admin' },
	{ name: 'audit log', as: 'admin', path: () => '/admin/audit' },
	{ name: 'organization settings', as: 'admin', path: () => '/admin/settings' },
	{ name: 'archived groups', as: 'admin', path: () => '/groups/archived' }
];

/** The pages grouped by who opens them, in list order. */
export function pagesByUser(pages = APP_PAGES): Map<AppPage['as'], AppPage[]> {
	const byUser = new Map<AppPage['as'], AppPage[]>();
	for (const p of pages) byUser.set(p.as, [...(byUser.get(p.as) ?? []), p]);
	return byUser;
}

/** The viewer's first group, its session of today (or the first) and its first member, read through the API. */
export async function demoIds(page: Page): Promise<DemoIds> {
	const call = async (procedure: string, input?: unknown) => {
		const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
		const response = await page.request.get(`/api/trpc/${procedure}${query}`);
		expect(response.status(), procedure).toBe(200);
		return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
	};
	const dashboard = (await call('dashboard.get')) as {
		groups: { id: string; nextSession: { id: string } | null }[];
	};
	const teen = dashboard.groups[0];
	const overview = (await call('groups.get', { groupId: teen.id })) as {
		sessions: { id: string }[];
		enrollments: { member: { id: string } }[];
	};
	return {
		groupId: teen.id,
		sessionId: teen.nextSession?.id ?? overview.sessions[0].id,
		memberId: overview.enrollments[0].member.id,
		firstSessionId: overview.sessions[0].id
	};
}

export type Language = 'zh-CN' | 'en';

/** Chooses the app's language as the language switch does (its cookie), before the first page loads. */
export async function useLanguage(context: BrowserContext, language: Language, baseURL: string) {
	await context.addCookies([{ name: 'locale', value: language, url: baseURL }]);
}

/** Opens a page and fails on an error answer: a 404 is a missing page, not one to pass over. */
export async function openPage(page: Page, path: string, name: string) {
	const response = await page.goto(path);
	expect(response?.status(), `${name} (${path}) answers`).toBeLessThan(400);
	await expect(page.locator('html[data-hydrated="true"]')).toBeAttached();
}
