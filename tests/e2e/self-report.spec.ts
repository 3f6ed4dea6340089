import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/sign-in';

const TEEN = '青少年情绪管理小组';
const ELDER = '老年社交兴趣小组';

async function groupId(page: Page, name: string) {
	await page.goto('/groups');
	const href = await page
		.getByRole('link', { name: new RegExp(name) })
		.first()
		.getAttribute('href');
	return href!.split('/').pop()!;
}

async function memberOnScreen(page: Page) {
	const heading = page.locator('#member-title');
	await expect(heading).toBeVisible();
	const code = (await heading.locator('.font-mono').textContent())!.trim();
	const progress = await page
		.getByRole('link', { name: /查看成员进展|View member progress/ })
		.getAttribute('href');
	return { code, progress: progress! };
}

test('member mode shows one labelled questionnaire and is left only with the PIN', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await signIn(page, DEMO.coleader);
	const id = await groupId(page, ELDER);
	await page.goto(`/groups/${id}/measures?point=BASELINE`);
	await page.locator('html[data-hydrated="true"]').waitFor();

	// The score entry reads UCLA-3 as published: its answers and its source.
	const ucla = page.getByRole('group', { name: '你有多常觉得缺少陪伴？' });
	await expect(ucla.getByRole('button', { name: /几乎没有/ })).toBeVisible();
	await expect(ucla.getByRole('button', { name: /有时/ })).toBeVisible();
	await expect(ucla.getByRole('button', { name: /经常/ })).toBeVisible();
	await expect(page.getByText(/来源：Hughes, Waite, Hawkley & Cacioppo \(2004\)/).first()).toBeVisible();
	await expect(page.getByText(/来源：Kiresuk & Sherman \(1968\)/)).toBeVisible();
	const member = await memberOnScreen(page);

	await page.getByText(`让 ${member.code} 自己填写…`).tap();
	await page.getByLabel('问卷', { exact: true }).selectOption({ label: '三题孤独感量表（Hughes 等，2004）' });
	await page.getByLabel('退出 PIN（4–8 位数字，可选）').fill('2468');
	await page.screenshot({ path: 'test-results/self-report-panel-zh.png', fullPage: true });
	await page.getByRole('button', { name: '进入组员模式' }).tap();

	// Nothing but the questionnaire: no navigation, no code, no name.
	await expect(page).toHaveURL(/\/member-mode\//);
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(page.getByText(/每一题，请说出你有这种感受的频率/)).toBeVisible();
	await expect(page.getByRole('navigation')).toHaveCount(0);
	await expect(page.getByText(member.code)).toHaveCount(0);
	await expect(page.getByRole('link')).toHaveCount(0);
	for (const [n, answer] of [
		['1. 你有多常觉得缺少陪伴？', '1 几乎没有'],
		['2. 你有多常觉得被冷落？', '2 有时'],
		['3. 你有多常觉得与他人隔绝？', '3 经常']
	]) {
		// The answer is a big labelled button: tap its label, as a finger would.
		const group = page.getByRole('group', { name: n });
		await group.getByText(answer.split(' ')[1], { exact: true }).tap();
		await expect(group.getByRole('radio', { name: answer })).toBeChecked();
	}
	await page.screenshot({ path: 'test-results/self-report-member-mode-zh-1024.png', fullPage: true });
	await page.getByRole('button', { name: '提交' }).tap();
	await expect(page.getByText('谢谢你！已经收到你的回答。请把平板交回给社工。')).toBeVisible();

	// Going back does not leave; a wrong PIN does not either.
	await page.goBack();
	await expect(page).toHaveURL(/\/member-mode\//);
	await page.getByRole('button', { name: '社工退出' }).tap();
	const dialog = page.getByRole('dialog', { name: '退出组员模式' });
	await dialog.getByLabel('PIN', { exact: true }).fill('1111');
	await dialog.getByRole('button', { name: '退出' }).tap();
	await expect(dialog.getByText('PIN 不对。')).toBeVisible();
	await expect(page).toHaveURL(/\/member-mode\//);
	await dialog.getByLabel('PIN', { exact: true }).fill('2468');
	await dialog.getByRole('button', { name: '退出' }).tap();
	await expect(page).toHaveURL(new RegExp(`/groups/${id}/measures\\?point=BASELINE`));

	// The answers show as self-reported on the member's progress.
	await page.goto(member.progress);
	await expect(page.getByText(/基线 · \d+ · 组员自填（平板）/)).toBeVisible();
});

test('a one-time link is answered without an account, once, and shows as self-reported', async ({
	page,
	browser,
	baseURL
}) => {
	await page.setViewportSize({ width: 768, height: 1024 });
	await page.context().addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
	await signIn(page, DEMO.facilitator);
	const id = await groupId(page, TEEN);
	await page.goto(`/groups/${id}/measures?point=END`);
	await page.locator('html[data-hydrated="true"]').waitFor();
	// GAS levels read as published.
	await expect(page.getByRole('button', { name: /somewhat more than expected/ }).first()).toBeVisible();
	await expect(page.getByRole('button', { name: /much less than expected/ }).first()).toBeVisible();
	const member = await memberOnScreen(page);
	await page.getByText(`Let ${member.code} answer for themselves…`).tap();
	await page.getByLabel('Questionnaire', { exact: true }).selectOption({ label: 'Goal rating (0–10)' });
	await expect(page.getByLabel('Valid for')).toHaveValue('24');
	await page.getByRole('button', { name: 'Create link' }).tap();
	await expect(page.getByRole('img', { name: 'QR code of the self-report link' })).toBeVisible();
	const url = await page.getByTestId('self-report-url').inputValue();
	expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
	await page.screenshot({ path: 'test-results/self-report-link-en-768.png', fullPage: true });

	// A fresh browser, no account: the questionnaire alone, in Chinese first, then in English.
	const stranger = await browser.newContext({
		viewport: { width: 768, height: 1024 },
		hasTouch: true,
		locale: 'zh-CN'
	});
	const phone = await stranger.newPage();
	const opened = await phone.goto(url);
	expect(opened?.status()).toBe(200);
	await expect(phone.getByRole('heading', { name: '目标评分（0–10）' })).toBeVisible();
	await expect(phone.getByText(member.code)).toHaveCount(0);
	await expect(phone.getByText(TEEN)).toHaveCount(0);
	await expect(phone.getByRole('navigation')).toHaveCount(0);
	await phone.getByRole('button', { name: 'English' }).tap();
	await expect(phone.getByRole('heading', { name: 'Goal rating (0–10)' })).toBeVisible();
	await expect(phone.getByRole('radio', { name: '10 goal reached' })).toBeAttached();
	await expect(phone.getByText(/Source: Law & Jacob \(2015\)/)).toBeVisible();
	await phone.getByText('7', { exact: true }).tap();
	await expect(phone.getByRole('radio', { name: '7', exact: true })).toBeChecked();
	await phone.screenshot({ path: 'test-results/self-report-link-page-en.png', fullPage: true });
	await phone.getByRole('button', { name: 'Submit' }).tap();
	await expect(
		phone.getByText('Your answers are saved. Thank you! You can close this page now.')
	).toBeVisible();
	expect(phone.url()).not.toContain('/r/' + url.split('/r/')[1]);

	// The second time, the link is refused.
	const again = await phone.goto(url);
	expect(again?.status()).toBe(404);
	await expect(phone.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();
	await stranger.close();

	await page.goto(member.progress);
	await expect(page.getByText(/7 · self-reported \(link\)/)).toBeVisible();
});
