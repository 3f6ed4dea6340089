import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/sign-in';

async function openAs(browser: Browser, email: string) {
	const context = await browser.newContext({ ...test.info().project.use });
	const page = await context.newPage();
	// The shared sign-in helper can fill the form before it hydrates (the field is then emptied): try once more.
	await signIn(page, email).catch(() => signIn(page, email));
	return { context, page };
}

test('lead and co-leader type into the same section at the same time and both texts are kept', async ({
	browser
}) => {
	const lead = await openAs(browser, DEMO.facilitator);
	const co = await openAs(browser, DEMO.coleader);
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
	for (const { page } of [lead, co]) {
		await expect(page.getByRole('heading', { level: 1, name: /第 4 节总结/ })).toBeVisible();
		await expect(page.getByText('实时同步中')).toBeVisible();
	}
	const section = (page: Page) => page.getByLabel('做得好的地方');
	await section(lead.page).tap();
	await section(co.page).tap();
	const leadText = '张社工记录：热身环节大家参与积极。';
	const coText = '陈社工补充：两位组员主动帮助同伴。';
	await Promise.all([
		lead.page.keyboard.type(leadText, { delay: 40 }),
		co.page.keyboard.type(coText, { delay: 40 })
	]);
	for (const { page } of [lead, co]) {
		await expect(section(page)).toHaveValue(new RegExp(leadText), { timeout: 15_000 });
		await expect(section(page)).toHaveValue(new RegExp(coText));
		await expect(page.getByTestId('save-state')).toHaveText('已保存');
	}
	await lead.page.screenshot({ path: 'test-results/debrief-landscape.png', fullPage: true });
	await co.page.setViewportSize({ width: 768, height: 1024 });
	await co.page.screenshot({ path: 'test-results/debrief-portrait.png', fullPage: true });

	for (const { page } of [lead, co]) {
		await page.reload();
		await expect(section(page)).toHaveValue(new RegExp(leadText));
		await expect(section(page)).toHaveValue(new RegExp(coText));
	}

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
