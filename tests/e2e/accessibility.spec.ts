// axe-core on the main page of every area: no serious or critical violations. The page list is data: a page that does not
// exist in this build (404) is skipped with a note, so pages added later only need a line here.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/sign-in';

interface Ids {
	groupId: string;
	sessionId: string;
	memberId: string;
}

interface PageCase {
	name: string;
	as: keyof typeof DEMO | null;
	path: (ids: Ids) => string;
}

const PAGES: PageCase[] = [
	{ name: 'sign-in', as: null, path: () => '/sign-in' },
	{ name: 'dashboard', as: 'facilitator', path: () => '/' },
	{ name: 'groups', as: 'facilitator', path: () => '/groups' },
	{ name: 'group overview', as: 'facilitator', path: (i) => `/groups/${i.groupId}` },
	{
		name: 'session plan',
		as: 'facilitator',
		path: (i) => `/groups/${i.groupId}/sessions/${i.sessionId}/plan`
	},
	{ name: 'session run', as: 'facilitator', path: (i) => `/groups/${i.groupId}/sessions/${i.sessionId}` },
	{ name: 'debrief', as: 'facilitator', path: (i) => `/groups/${i.groupId}/sessions/${i.sessionId}/debrief` },
	{
		name: 'sign-in sheet',
		as: 'facilitator',
		path: (i) => `/groups/${i.groupId}/sessions/${i.sessionId}/sign-in-sheet`
	},
	{ name: 'member progress', as: 'facilitator', path: (i) => `/groups/${i.groupId}/progress/${i.memberId}` },
	{ name: 'outcomes', as: 'facilitator', path: (i) => `/groups/${i.groupId}/outcomes` },
	{ name: 'activities', as: 'facilitator', path: () => '/activities' },
	{ name: 'member record', as: 'facilitator', path: (i) => `/members/${i.memberId}` },
	{ name: 'supervision', as: 'supervisor', path: () => '/supervision' },
	{ name: 'admin', as: 'admin', path: () => '/admin' }
];

/** The teen group, its session of today (or the first) and its first member, read through the API. */
async function demoIds(page: Page): Promise<Ids> {
	const call = async (procedure: string, input?: unknown) => {
		const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
		const response = await page.request.get(`/api/trpc/${procedure}${query}`);
		expect(response.status(), procedure).toBe(200);
		return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
	};
	const dashboard = (await call('dashboard.get')) as {
		groups: { id: string; nextSession: { id: string } | null }[];
	};
	const group = dashboard.groups[0];
	const overview = (await call('groups.get', { groupId: group.id })) as {
		sessions: { id: string }[];
		enrollments: { member: { id: string } }[];
	};
	return {
		groupId: group.id,
		sessionId: group.nextSession?.id ?? overview.sessions[0].id,
		memberId: overview.enrollments[0].member.id
	};
}

const byUser = new Map<PageCase['as'], PageCase[]>();
for (const p of PAGES) byUser.set(p.as, [...(byUser.get(p.as) ?? []), p]);

for (const [as, pages] of byUser) {
	test(`no serious or critical axe violations on the pages of ${as ?? 'a signed-out visitor'}`, async ({
		page
	}) => {
		test.setTimeout(30_000 + pages.length * 15_000);
		let ids: Ids = { groupId: 'none', sessionId: 'none', memberId: 'none' };
		if (as) {
			await signIn(page, DEMO[as]);
			// Ids come from the facilitator's view; supervisors and admins see the same group.
			ids = await demoIds(page);
		}
		const problems: string[] = [];
		const skipped: string[] = [];
		let checked = 0;
		for (const p of pages) {
			const response = await page.goto(p.path(ids));
			if (response?.status() === 404) {
				skipped.push(p.name);
				continue;
			}
			expect(response?.status(), p.name).toBeLessThan(400);
			// Not 'networkidle': live pages keep a subscription open. Hydration is done when the app marks it.
			await page.waitForLoadState('load');
			await page.waitForTimeout(300);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			checked += 1;
			for (const v of results.violations)
				if (v.impact === 'serious' || v.impact === 'critical')
					problems.push(
						`${p.name} (${p.path(ids)}): ${v.impact} ${v.id}: ${v.help} — ${v.nodes
							.slice(0, 3)
							.map((n) => n.target.join(' '))
							.join(', ')}`
					);
		}
		if (skipped.length)
			test.info().annotations.push({ type: 'skipped pages (404)', description: skipped.join(', ') });
		expect(checked).toBeGreaterThan(0);
		expect(problems).toEqual([]);
	});
}
