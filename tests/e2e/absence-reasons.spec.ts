import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/sign-in';

const TEEN = '青少年情绪管理小组';
const card = (page: Page, code: string) => page.getByRole('group', { name: code, exact: true });
/** The 缺席 count of one reason in the breakdown table ("缺席与请假原因"). */
async function absentFor(page: Page, reason: string) {
	const table = page.locator('section[aria-labelledby="absence-reasons-title"]');
	await expect(table.getByRole('heading', { name: '缺席与请假原因' })).toBeVisible();
	const row = table.getByRole('row', { name: new RegExp(`^${reason}`) });
	return Number(await row.getByRole('cell').nth(1).textContent());
}

/** Opens a session's run screen from the group's session timeline. */
async function openSession(page: Page, groupId: string, n: number) {
	await page.goto(`/groups/${groupId}`);
	await page
		.getByRole('listitem')
		.filter({ hasText: `第 ${n} 节` })
		.getByRole('link', { name: '带组' })
		.tap();
	await expect(page.getByRole('heading', { level: 1, name: new RegExp(`第 ${n} 节`) })).toBeVisible();
}

async function teenGroupId(page: Page) {
	await page.goto('/groups');
	const href = await page
		.getByRole('link', { name: new RegExp(TEEN) })
		.first()
		.getAttribute('href');
	return href!.split('/').pop()!;
}

test('an absence is marked with its reason in two taps and shows on the progress, the statistics and the sign-in sheet', async ({
	page
}) => {
	await signIn(page, DEMO.facilitator).catch(() => signIn(page, DEMO.facilitator));
	const groupId = await teenGroupId(page);
	await page.goto(`/groups/${groupId}/outcomes`);
	const before = await absentFor(page, '交通');

	// Session 3 was held; its run screen takes the correction.
	await openSession(page, groupId, 3);
	await page.locator('html[data-hydrated="true"]').waitFor();

	// Tap 1: the card's other states; the note is typed, not tapped; tap 2: 缺席 with its reason.
	await page.getByRole('button', { name: 'M-003 的其他出勤状态' }).tap();
	const menu = page.getByRole('dialog', { name: 'M-003 的其他出勤状态' });
	await menu.getByLabel(/备注/).fill('公交停运');
	await page.screenshot({ path: 'test-results/absence-menu-landscape.png' });
	await menu.getByRole('button', { name: '缺席：交通' }).tap();
	await expect(card(page, 'M-003')).toContainText('缺席 · 交通');
	await expect(menu).toHaveCount(0);
	await expect(page.getByText('尚未保存')).toHaveCount(0);

	// Upright: the menu's reasons stay in reach, and the saved reason is still there after a reload.
	await page.setViewportSize({ width: 768, height: 1024 });
	await page.reload();
	await expect(card(page, 'M-003')).toContainText('缺席 · 交通');
	await page.getByRole('button', { name: 'M-003 的其他出勤状态' }).tap();
	await expect(menu.getByRole('button', { name: '缺席：交通' })).toHaveAttribute('aria-pressed', 'true');
	await expect(menu.getByLabel(/备注/)).toHaveValue('公交停运');
	await page.screenshot({ path: 'test-results/absence-menu-portrait.png' });
	await menu.getByRole('button', { name: '取消' }).tap();

	// The sign-in sheet of the session: title, date, one row per current member with a signature column.
	await page.getByRole('link', { name: '签到表' }).tap();
	await expect(page.getByRole('heading', { level: 1, name: TEEN })).toBeVisible();
	await expect(page.locator('article').getByText(/签到表 · 第 3 节/)).toBeVisible();
	await expect(page.getByRole('columnheader', { name: '签名' })).toBeVisible();
	await expect(page.getByRole('columnheader', { name: '姓名' })).toBeVisible();
	const m3 = page.getByRole('row', { name: /M-003/ });
	await expect(m3).toContainText('缺席 · 交通');
	await expect(m3).not.toContainText('公交停运');
	await page.screenshot({ path: 'test-results/sign-in-sheet-portrait.png', fullPage: true });
	const docx = await page.request.get(
		(await page.getByRole('link', { name: '下载 Word 文档' }).getAttribute('href'))!
	);
	expect(docx.status()).toBe(200);
	expect(docx.headers()['content-type']).toContain('wordprocessingml');
	expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');

	// The member's progress lists the absence with its reason and note.
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto(`/groups/${groupId}/progress`);
	await page.getByRole('link', { name: /M-003/ }).tap();
	const absences = page.getByRole('list', { name: '缺席与请假' });
	await expect(absences.getByRole('listitem').filter({ hasText: '第3节' })).toContainText('交通');
	await expect(absences).toContainText('公交停运');

	// The group's breakdown counts it.
	await page.goto(`/groups/${groupId}/outcomes`);
	expect(await absentFor(page, '交通')).toBe(before + 1);
	await page
		.locator('section[aria-labelledby="absence-reasons-title"]')
		.screenshot({ path: 'test-results/absence-breakdown.png' });
});

test('a supervisor reads the breakdown in the statistics, and the sign-in sheet in English by code only', async ({
	page
}) => {
	await signIn(page, DEMO.supervisor).catch(() => signIn(page, DEMO.supervisor));
	await page.goto('/supervision/statistics?from=2020-01-01&to=2035-12-31');
	const table = page.locator('section[aria-labelledby="absence-reasons-title"]');
	await expect(table.getByRole('heading', { name: '缺席与请假原因' })).toBeVisible();
	// The demo's leaves carry reasons; its absences without leave have none recorded.
	await expect(table.getByRole('row', { name: /^未记录原因/ })).toBeVisible();
	await page.screenshot({ path: 'test-results/absence-statistics.png', fullPage: true });

	const groupId = await teenGroupId(page);
	await openSession(page, groupId, 2);
	await page.getByRole('link', { name: '签到表' }).tap();
	await expect(page.locator('article').getByText(/签到表 · 第 2 节/)).toBeVisible();
	await page.locator('html[data-hydrated="true"]').waitFor();
	await page
		.getByRole('button', { name: /English/ })
		.first()
		.tap();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('article').getByText(/Sign-in sheet · Session 2/)).toBeVisible();
	await expect(page.getByRole('columnheader', { name: 'Signature' })).toBeVisible();
	// A supervisor sees codes, never names.
	await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveCount(0);
	await expect(page.getByText('Members are listed by code')).toBeVisible();
	await page.screenshot({ path: 'test-results/sign-in-sheet-en.png', fullPage: true });
});
