// The tablet in the room (#16): every page reads well in both languages and both orientations of a touch tablet.
// Each view keeps a screenshot of every page as a test artifact (test-results/tablet-layout/…, named by view).
//
// One browser and one sign-in per language and user: each page is opened in one orientation, checked, and the tablet
// is then turned (the viewport changes, as when it is rotated in the hand) and the page checked again. Chinese opens
// every page in landscape and English in portrait, so every page is also loaded afresh in each orientation.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	APP_PAGES,
	demoIds,
	openPage,
	pagesByUser,
	useLanguage,
	type DemoIds,
	type Language
} from './support/app-pages';
import { DEMO, signIn } from './support/sign-in';
import { allMessages } from '../../src/lib/i18n/messages';

const VIEWS = [
	{ name: 'landscape', viewport: { width: 1024, height: 768 } },
	{ name: 'portrait', viewport: { width: 768, height: 1024 } }
] as const;
const LANGUAGES: Language[] = ['zh-CN', 'en'];

const MESSAGE_KEYS = new Set(Object.keys(allMessages()['zh-CN']));

/**
 * In one round trip: how far the page is wider than the screen, with the widest elements that stick out on the right;
 * and the text the hydrated page shows that is a message key (a message whose area the browser did not load for the
 * page, src/lib/i18n/route-areas.ts, comes out as its key).
 */
async function layout(page: Page) {
	const { excess, culprits, texts } = await page.evaluate(() => {
		const width = window.innerWidth;
		const excess = document.documentElement.scrollWidth - width;
		const culprits: string[] = [];
		if (excess > 0)
			for (const el of document.querySelectorAll('body *')) {
				const rect = el.getBoundingClientRect();
				if (rect.right > width + 1 && rect.width > 0)
					culprits.push(
						`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(rect.right)}`
					);
			}
		const found = [document.title];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node.textContent ?? '');
		for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title]'))
			for (const name of ['aria-label', 'placeholder', 'title']) found.push(el.getAttribute(name) ?? '');
		return {
			excess,
			culprits: culprits.slice(-5),
			texts: [...new Set(found.map((text) => text.trim()).filter(Boolean))]
		};
	});
	return { excess, culprits, keys: texts.filter((text) => MESSAGE_KEYS.has(text)) };
}

/** Elements whose text is cut (wider or taller content than their box while their overflow is hidden). */
async function cutText(page: Page, selector: string) {
	return page
		.locator(selector)
		.evaluateAll((els) =>
			els
				.filter(
					(el) => el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis'
				)
				.map((el) => el.textContent?.trim() ?? '')
		);
}

/** Member codes (M-001) drawn on more than one line: each text run of a code must give a single line box. */
async function brokenCodes(page: Page, scope: string) {
	return page.locator(scope).evaluateAll((roots) => {
		const broken: string[] = [];
		for (const root of roots) {
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (const match of text.matchAll(/[A-Z]+-\d+/g)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
					if (tops.size > 1) broken.push(match[0]);
				}
			}
		}
		return broken;
	});
}

/** Text in the reader's language, by language. */
const say = <T>(language: Language, zh: T, en: T): T => (language === 'en' ? en : zh);

/** Checks made on a page while the sweep has it open (the page's name in APP_PAGES → check). */
type PageCheck = (
	page: Page,
	language: Language,
	view: (typeof VIEWS)[number],
	ids: DemoIds
) => Promise<void>;

/** The element's box lies within the visible part of its scrolling region (nothing to scroll sideways to). */
async function inView(region: Locator, element: Locator) {
	const outer = await region.boundingBox();
	const inner = await element.boundingBox();
	expect(outer && inner, 'both are drawn').toBeTruthy();
	expect(inner!.x).toBeGreaterThanOrEqual(outer!.x - 1);
	expect(inner!.x + inner!.width).toBeLessThanOrEqual(outer!.x + outer!.width + 1);
}

const CHECKS: Record<string, PageCheck> = {
	'session plan': async (page) => {
		// Activity names wrap instead of being cut ("Human k…").
		const titles = page.getByTestId('library-item-title');
		await expect(titles.first()).toBeVisible();
		expect(await titles.count()).toBeGreaterThan(10);
		expect(await cutText(page, '[data-testid="library-item-title"]')).toEqual([]);
	},
	'session run': async (page, language, view, ids) => {
		expect(await brokenCodes(page, 'main')).toEqual([]);
		// A session that was run: its logs list codes, and the seeded tag reads in the reader's language.
		await openPage(page, `/groups/${ids.groupId}/sessions/${ids.firstSessionId}`, 'first session');
		const log = page.getByRole('list', { name: say(language, '互动记录', 'Interactions') });
		await expect(log.getByRole('listitem').first()).toBeVisible();
		const observations = page.getByRole('list', { name: say(language, '观察记录', 'Observations') });
		await expect(observations).toContainText(say(language, '小组氛围', 'group climate'));
		await expect(observations).not.toContainText('GROUP_CLIMATE');
		expect(await brokenCodes(page, 'main')).toEqual([]);
		await shoot(page, `first-session-${view.name}`);
	},
	outcomes: async (page, language, view) => {
		// The sociogram's centre, where whole-group notes point, has a name.
		await expect(page.getByTestId('sociogram-whole-group')).toContainText(
			say(language, '全组', 'Whole group')
		);
		if (view.name !== 'landscape') return;
		const region = page.getByRole('region', {
			name: say(language, '各量表的平均变化（表格）', 'Mean change per measure (table)')
		});
		for (const name of [
			say(language, '可靠改善比例', 'Reliably improved'),
			say(language, '平均变化', 'Mean change')
		])
			await inView(region, region.getByRole('columnheader', { name, exact: true }));
	},
	supervision: async (page, language, view) => {
		if (view.name !== 'landscape') return;
		const region = page.getByRole('region', {
			name: say(language, '各小组对比（表格）', 'Comparison of groups (table)')
		});
		for (const name of [/可靠改善|reliably improved/, /平均变化|mean change/])
			await inView(region, region.getByRole('columnheader', { name }).first());
	},
	'member progress': async (page, language) => {
		// The attendance strip names its sessions.
		const strip = page.getByTestId('attendance-strip').getByRole('listitem');
		expect(await strip.count()).toBeGreaterThan(0);
		await expect(strip.first()).toHaveText(new RegExp(`^${say(language, '第\\s?1\\s?节', 'S1')}: `));
	},
	measures: async (page, language) => {
		// The goal form comes before the save button: a goal is added before it is scored.
		const addGoal = page.getByText(say(language, '新增 GAS 目标', 'Add a GAS goal')).first();
		const save = page.getByRole('button', {
			name: say(language, '保存这位组员的评分', 'Save this member’s scores')
		});
		const [goalBox, saveBox] = [await addGoal.boundingBox(), await save.boundingBox()];
		expect(goalBox!.y).toBeLessThan(saveBox!.y);
	},
	'group edit': async (page, language) => {
		// Date and time fields show their value in the page's language, whatever the browser's own language.
		const fields = page.locator('.localized-field');
		expect(await fields.count()).toBeGreaterThan(1);
		for (const field of await fields.all()) {
			const input = field.locator('input');
			const [type, value] = [await input.getAttribute('type'), await input.inputValue()];
			if (!value) continue;
			const expected =
				type === 'time'
					? value.slice(0, 5)
					: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
							new Date(`${value}T00:00:00Z`)
						);
			await expect(field.getByTestId('localized-value')).toHaveText(expected);
			await expect(field.getByTestId('localized-value')).toBeVisible();
		}
		await expect(fields.first().getByTestId('localized-value')).toContainText(say(language, '年', ','));
	}
};

/** A full-page picture of the page as it is drawn (JPEG: about a fifth less time than PNG, and enough to look at). */
async function shoot(page: Page, name: string) {
	await page.screenshot({
		path: test.info().outputPath(`${name.replace(/\W+/g, '-')}.jpeg`),
		fullPage: true,
		scale: 'css',
		type: 'jpeg',
		quality: 80
	});
}

async function signInAs(page: Page, as: keyof typeof DEMO) {
	// The sign-in form can be filled before it hydrates (the field is then emptied): try once more.
	await signIn(page, DEMO[as]).catch(() => signIn(page, DEMO[as]));
}

type View = (typeof VIEWS)[number];
const viewName = (view: View) => `${view.name} ${view.viewport.width}×${view.viewport.height}`;

/** Turns the tablet: the page lays itself out again for the new viewport before it is looked at. */
async function turn(page: Page, view: View) {
	await page.setViewportSize(view.viewport);
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The order in which each language's sweep sees the views: the first opens every page, the second turns to it. */
const ORDER: Record<Language, View[]> = { 'zh-CN': [VIEWS[0], VIEWS[1]], en: [VIEWS[1], VIEWS[0]] };

test.use({ hasTouch: true, isMobile: false });

/** Every page of every user in one language, in both orientations. */
const sweep = (language: Language) =>
	test.describe(`${language}, ${ORDER[language].map(viewName).join(' then ')}`, () => {
		test.use({ viewport: ORDER[language][0].viewport });

		for (const [as, pages] of pagesByUser(APP_PAGES))
			test(`no page of ${as ?? 'a signed-out visitor'} is wider than the screen, and each reads well`, async ({
				page,
				context,
				baseURL
			}) => {
				test.setTimeout(30_000 + pages.length * VIEWS.length * 10_000);
				await useLanguage(context, language, baseURL!);
				let ids: DemoIds = { groupId: 'none', sessionId: 'none', memberId: 'none', firstSessionId: 'none' };
				if (as) {
					await signInAs(page, as);
					ids = await demoIds(page);
				}
				const wide: string[] = [];
				const untranslated: string[] = [];
				for (const p of pages) {
					const url = new URL(p.path(ids), baseURL).href;
					for (const [i, view] of ORDER[language].entries()) {
						// A check may have gone on to another page (session run): it is then opened in the new view.
						if (i === 0 || page.url() !== url) {
							await page.setViewportSize(view.viewport);
							await openPage(page, p.path(ids), p.name);
						} else await turn(page, view);
						await expect(page.locator('html')).toHaveAttribute('lang', language);
						const { excess, culprits, keys } = await layout(page);
						if (keys.length) untranslated.push(`${p.name}: ${keys.join(', ')}`);
						if (excess > 0)
							wide.push(`${p.name} (${view.name}): ${excess}px too wide (${culprits.join('; ')})`);
						await shoot(page, `${p.name}-${view.name}`);
						await test.step(`${p.name}, ${view.name}: checks`, async () =>
							CHECKS[p.name]?.(page, language, view, ids));
					}
				}
				expect(wide).toEqual([]);
				expect([...new Set(untranslated)]).toEqual([]);
			});
	});

// The Chinese sweep sees the demo plan as seeded; the filter test then puts it over time, as the English sweep sees it.
sweep('zh-CN');

test('the "fits in the time left" filter is offered only while time is left', async ({
	page,
	context,
	baseURL
}) => {
	await useLanguage(context, 'zh-CN', baseURL!);
	await page.setViewportSize(VIEWS[0].viewport);
	await signInAs(page, 'facilitator');
	const ids = await demoIds(page);
	const plan = `/groups/${ids.groupId}/sessions/${ids.sessionId}/plan`;
	await openPage(page, plan, 'session plan');
	const filter = page.getByRole('checkbox', { name: /分钟内可完成|min left/ });
	// Minutes still left (not "0 left": with none left the filter is already hidden).
	const remaining = page.getByText(/^还剩 [1-9]\d* 分钟$|^[1-9]\d* min left$/);
	const over = page.getByText(/超出本节时长|min over the session length/);
	const add = page.getByRole('button', { name: /^把“.*”加入方案$/ }).first();
	// With time left the filter is offered; activities are added until the plan runs over time (the demo plan fills
	// its session exactly, or an earlier run already put it over).
	if (await remaining.isVisible()) await expect(filter).toBeVisible();
	const isOver = () =>
		over.waitFor({ state: 'visible', timeout: 1500 }).then(
			() => true,
			() => false
		);
	for (let i = 0; i < 6 && !(await over.isVisible()); i++) {
		await add.tap();
		if (await isOver()) break;
	}
	// Over time, the filter is gone in each language and each orientation.
	for (const language of LANGUAGES) {
		if (language !== 'zh-CN') {
			await useLanguage(context, language, baseURL!);
			await openPage(page, plan, 'session plan');
		}
		for (const view of language === 'zh-CN' ? VIEWS : [...VIEWS].reverse()) {
			await turn(page, view);
			await expect(remaining).toBeHidden();
			await expect(over).toBeVisible();
			await expect(filter).toHaveCount(0);
			const { excess, keys } = await layout(page);
			expect(excess, 'the plan over time is no wider than the screen').toBeLessThanOrEqual(0);
			expect(keys).toEqual([]);
			await shoot(page, `plan-over-time-${language}-${view.name}`);
		}
	}
});

sweep('en');

test('an observation tag is stored as a key and read in each reader’s language', async ({
	page,
	context,
	baseURL
}) => {
	await useLanguage(context, 'zh-CN', baseURL!);
	await signInAs(page, 'facilitator');
	const ids = await demoIds(page);
	const run = `/groups/${ids.groupId}/sessions/${ids.sessionId}`;
	await openPage(page, run, 'session run');
	await page.getByRole('button', { name: '观察', exact: true }).tap();
	await page.getByLabel('观察内容').fill('与同伴合作完成任务。');
	await page.getByRole('button', { name: '+ 同伴关系' }).tap();
	await page.getByRole('button', { name: '保存观察' }).tap();
	await expect(page.getByRole('list', { name: '观察记录' })).toContainText('同伴关系');

	await useLanguage(context, 'en', baseURL!);
	await openPage(page, run, 'session run');
	const log = page.getByRole('list', { name: 'Observations' });
	await expect(log).toContainText('peer relations');
	await expect(log).not.toContainText('同伴关系');
	await shoot(page, 'observation-tag-en');
});
