// axe-core on every page of the app (support/app-pages.ts): no serious or critical violations, in Chinese and English,
// on the tablet held either way. A page that answers with an error (a 404 included) fails: the list names pages that
// exist, and an error page must not pass in their place.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
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

for (const run of RUNS)
	test.describe(`${run.language}, ${run.view}`, () => {
		test.use({ viewport: run.viewport, hasTouch: true });

		for (const [as, pages] of pagesByUser())
			test(`no serious or critical axe violations on the pages of ${as ?? 'a signed-out visitor'}`, async ({
				page,
				context,
				baseURL
			}) => {
				test.setTimeout(30_000 + pages.length * 15_000);
				await useLanguage(context, run.language, baseURL!);
				let ids: DemoIds = { groupId: 'none', sessionId: 'none', memberId: 'none', firstSessionId: 'none' };
				if (as) {
					// The sign-in form can be filled before it hydrates (the field is then emptied): try once more.
					await signIn(page, DEMO[as]).catch(() => signIn(page, DEMO[as]));
					ids = await demoIds(page);
				}
				const problems: string[] = [];
				for (const p of pages) {
					await openPage(page, p.path(ids), p.name);
					await expect(page.locator('html')).toHaveAttribute('lang', run.language);
					const results = await new AxeBuilder({ page })
						// Still marked experimental in axe, so off unless named (options() first: it replaces all options).
						.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
						.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
						.analyze();
					for (const v of results.violations)
						if (counts(v))
							problems.push(
								`${p.name} (${p.path(ids)}): ${v.impact} ${v.id} ×${v.nodes.length}: ${v.help} — ${v.nodes
									.slice(0, 3)
									.map((n) => n.target.join(' '))
									.join(', ')}`
							);
				}
				expect(problems).toEqual([]);
			});
	});
