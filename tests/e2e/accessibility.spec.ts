// axe-core on every page of the app (support/app-pages.ts): no serious or critical violations, in Chinese and English,
// on the tablet held either way. A page that answers with an error (a 404 included) fails: the list names pages that
// exist, and an error page must not pass in their place.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	demoIds,
	openPage,
	pagesByUser,
	useLanguage,
	type DemoIds,
	type Language
} from './support/app-pages';
import { DEMO, signIn } from './support/sign-in';

/** Checked at any impact: names that differ from the visible label, and landmarks that share a name. */
const ALWAYS = new Set(['label-content-name-mismatch', 'landmark-unique']);
const counts = (v: { id: string; impact?: string | null; tags: string[] }) =>
	ALWAYS.has(v.id) ||
	((v.impact === 'serious' || v.impact === 'critical') && v.tags.some((t) => t.startsWith('wcag')));

// English in portrait: the pages' markup is the same in either orientation, so two runs cover both languages and both
// orientations (tablet-layout.spec.ts walks all four for layout).
const RUNS: { language: Language; view: string; viewport: { width: number; height: number } }[] = [
	{ language: 'zh-CN', view: 'landscape', viewport: { width: 1024, height: 768 } },
	{ language: 'en', view: 'portrait', viewport: { width: 768, height: 1024 } }
];

/**
 * The violations that count on the open page. Only the rules whose violations can count run: the WCAG A and AA rules,
 * and the two rules named in ALWAYS (`enabled` runs a rule whatever its tags; the first is still marked experimental
 * in axe, so off unless named). The best-practice rules carry no WCAG tag, so only ALWAYS could count among them.
 * Legacy mode runs axe in the page itself (axe.run) instead of running it per frame and then finishing in a new blank
 * page: the app has no frames, and the answer is the same at a third less time.
 */
async function violations(page: Page) {
	const results = await new AxeBuilder({ page })
		.options({ rules: Object.fromEntries([...ALWAYS].map((id) => [id, { enabled: true }])) })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.setLegacyMode()
		.analyze();
	return results.violations.filter(counts);
}

test.use({ hasTouch: true });

// One browser and one sign-in per user walk the pages in both runs: the language is its cookie, the orientation the
// viewport, and each page is opened afresh in each run.
for (const [as, pages] of pagesByUser())
	test(`no serious or critical axe violations on the pages of ${as ?? 'a signed-out visitor'}`, async ({
		page,
		context,
		baseURL
	}) => {
		test.setTimeout(30_000 + RUNS.length * pages.length * 15_000);
		let ids: DemoIds = { groupId: 'none', sessionId: 'none', memberId: 'none', firstSessionId: 'none' };
		if (as) {
			await useLanguage(context, RUNS[0].language, baseURL!);
			// The sign-in form can be filled before it hydrates (the field is then emptied): try once more.
			await signIn(page, DEMO[as]).catch(() => signIn(page, DEMO[as]));
			ids = await demoIds(page);
		}
		const problems: string[] = [];
		for (const run of RUNS) {
			await page.setViewportSize(run.viewport);
			await useLanguage(context, run.language, baseURL!);
			for (const p of pages) {
				await openPage(page, p.path(ids), p.name);
				await expect(page.locator('html')).toHaveAttribute('lang', run.language);
				for (const v of await violations(page))
					problems.push(
						`${run.language}, ${run.view}: ${p.name} (${p.path(ids)}): ${v.impact} ${v.id} ×${v.nodes.length}: ${v.help} — ${v.nodes
							.slice(0, 3)
							.map((n) => n.target.join(' '))
							.join(', ')}`
					);
			}
		}
		expect(problems).toEqual([]);
	});
