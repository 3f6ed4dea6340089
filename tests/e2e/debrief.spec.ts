import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/sign-in';

async function openAs(browser: Browser, email: string) {
	const context = await browser.newContext({ ...test.info().project.use });
	const page = await context.newPage();
	// The shared sign-in helper can fill the form before it hydrates (the field is then emptied): try once more.
	await signIn(page, email).catch(() => signIn(page, email));
	return { context, page };
}

test('lead (zh, landscape) and co-leader (en, portrait) type into one section at once: a paragraph each, each sees the other', async ({
	browser
}) => {
	const lead = await openAs(browser, DEMO.facilitator);
	const co = await openAs(browser, DEMO.coleader);
	// The co-leader reads in English on a tablet held upright.
	await co.context.addCookies([{ name: 'locale', value: 'en', url: test.info().project.use.baseURL! }]);
	await co.page.setViewportSize({ width: 768, height: 1024 });
	// Session 4 of the teen group, reached from the lead's dashboard (today's session).
	await lead.page
		.locator('section[aria-labelledby="sessions-today"]')
		.getByRole('link', { name: /青少年情绪管理小组/ })
		.first()
		.tap();
	await expect(lead.page.getByRole('heading', { level: 1, name: /第 4 节/ })).toBeVisible();
	const debriefUrl = `${new URL(lead.page.url()).pathname}/debrief`;
	await lead.page.goto(debriefUrl);
	await co.page.goto(debriefUrl);
	await expect(lead.page.getByRole('heading', { level: 1, name: /第 4 节总结/ })).toBeVisible();
	await expect(lead.page.getByText('实时同步中')).toBeVisible();
	await expect(co.page.getByRole('heading', { level: 1, name: /Session 4 debrief/ })).toBeVisible();
	await expect(co.page.getByText('Live', { exact: true })).toBeVisible();

	// Each sees the other in the debrief.
	const presence = (page: Page) => page.getByTestId('presence');
	await expect(presence(lead.page).getByRole('listitem')).toHaveCount(1);
	await expect(presence(lead.page)).toContainText('陈社工');
	await expect(presence(lead.page)).toContainText('正在阅读');
	await expect(presence(co.page)).toContainText('张社工');
	await expect(presence(co.page)).toContainText('Reading');

	const leadSection = lead.page.getByLabel('做得好的地方');
	const coSection = co.page.getByLabel('What went well');
	await leadSection.tap();
	await coSection.tap();
	// Where each one types: named in the list and marked at the section.
	await expect(presence(co.page)).toContainText('Writing in “What went well”');
	await expect(presence(lead.page)).toContainText('正在写“做得好的地方”');
	await expect(co.page.getByTestId('typing-marker')).toHaveText(/张社工 typing here/);
	await expect(co.page.getByTestId('typing-marker')).toHaveAttribute('data-section', 'wentWell');
	await expect(lead.page.getByTestId('typing-marker')).toHaveText(/陈社工 正在这里输入/);

	const leadText = '张社工记录：热身环节大家参与积极。';
	const coText = 'Chen: two members helped their peers.';
	await Promise.all([
		lead.page.keyboard.type(leadText, { delay: 40 }),
		co.page.keyboard.type(coText, { delay: 40 })
	]);
	// One paragraph (line) each, in the same order for both, nothing run together.
	const twoParagraphs = new RegExp(`^(${leadText}\\n${coText}|${coText}\\n${leadText})$`);
	await expect(leadSection).toHaveValue(twoParagraphs, { timeout: 15_000 });
	await expect(coSection).toHaveValue(twoParagraphs, { timeout: 15_000 });
	expect(await leadSection.inputValue()).toBe(await coSection.inputValue());
	await expect(lead.page.getByTestId('save-state')).toHaveText('已保存');
	await expect(co.page.getByTestId('save-state')).toHaveText('Saved');
	await lead.page.screenshot({ path: 'test-results/debrief-zh-landscape.png', fullPage: true });
	await co.page.screenshot({ path: 'test-results/debrief-en-portrait.png', fullPage: true });
	await lead.page.setViewportSize({ width: 768, height: 1024 });
	await co.page.setViewportSize({ width: 1024, height: 768 });
	await lead.page.screenshot({ path: 'test-results/debrief-zh-portrait.png', fullPage: true });
	await co.page.screenshot({ path: 'test-results/debrief-en-landscape.png', fullPage: true });

	for (const [{ page }, section] of [
		[lead, leadSection],
		[co, coSection]
	] as const) {
		await page.reload();
		await expect(section).toHaveValue(twoParagraphs);
	}

	// Leaving: the other sees it at once.
	await co.page.getByRole('link', { name: /Back to the session/ }).tap();
	await expect(presence(lead.page)).toContainText('目前只有你在看这份总结。');

	// Each change keeps who and when; an earlier version is shown read-only.
	await lead.page.getByRole('button', { name: '查看修改记录' }).tap();
	const entries = lead.page.getByRole('button', { name: /^(张社工|陈社工) · / });
	await expect(entries.first()).toBeVisible();
	await entries.last().tap();
	await expect(lead.page.getByText(/的版本（只读）/)).toBeVisible();
	await lead.context.close();
	await co.context.close();
});

test('a supervisor reads a seeded debrief, cannot edit it, and comments', async ({ browser }) => {
	const { context, page } = await openAs(browser, DEMO.supervisor);
	await page
		.locator('section[aria-labelledby="sessions-today"]')
		.getByRole('link', { name: /青少年情绪管理小组/ })
		.first()
		.tap();
	await expect(page.getByRole('heading', { level: 1, name: /第 4 节/ })).toBeVisible();
	await expect(page.getByText('只有本组带领者可以记录')).toBeVisible();
	await page.getByRole('link', { name: '← 第 3 节' }).tap();
	await expect(page.getByRole('heading', { level: 1, name: /第 3 节/ })).toBeVisible();
	await page.getByRole('link', { name: '查看本节总结' }).tap();
	await expect(page.getByRole('heading', { level: 1, name: /第 3 节总结/ })).toBeVisible();
	await expect(page.getByText('只有本组带领者可以编辑总结')).toBeVisible();
	const section = page.getByLabel('做得好的地方');
	await expect(section).toHaveAttribute('readonly', '');
	await expect(section).toHaveValue(/（第 3 节）组员基本准时到场/);
	await page.getByLabel('写下评论').fill('请留意连续缺席的组员，会后电话跟进。');
	await page.getByRole('button', { name: '发表评论' }).tap();
	await expect(page.getByRole('list', { name: '督导评论' })).toContainText('请留意连续缺席的组员');
	await page.reload();
	await expect(page.getByRole('list', { name: '督导评论' })).toContainText('请留意连续缺席的组员');
	await context.close();
});
