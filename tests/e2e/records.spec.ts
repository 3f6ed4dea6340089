import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/sign-in';

const nav = (page: Page) => page.getByRole('navigation', { name: /主导航|Main navigation/ });
/** Forms here are driven by Svelte: wait until the page's scripts have loaded and hydrated it. */
const hydrated = (page: Page) => page.waitForLoadState('networkidle');

async function openRecord(page: Page, code: string) {
	await nav(page).getByRole('link', { name: '组员档案' }).tap();
	await expect(page.getByRole('heading', { name: '组员档案' })).toBeVisible();
	await page.getByLabel('按代号搜索').fill(code);
	await page.getByRole('button', { name: '搜索' }).tap();
	await page.getByRole('link', { name: `查看档案: ${code}` }).tap();
	await expect(page.getByRole('heading', { name: code, level: 1 })).toBeVisible();
	await hydrated(page);
}

test('a supervisor opens one member’s record across two groups and exports it as JSON', async ({ page }) => {
	await signIn(page, DEMO.supervisor);
	await openRecord(page, 'M-001');
	const groups = page.getByRole('heading', { name: '小组经历' }).locator('xpath=following-sibling::ul[1]');
	await expect(groups.getByText('青少年情绪管理小组')).toBeVisible();
	await expect(groups.getByText('老年社交兴趣小组')).toBeVisible();
	// Pseudonymous for a supervisor: no real name, a note says why.
	await expect(page.getByText('姓名和联系方式仅对该组员所在小组的带领者显示。')).toBeVisible();
	await expect(page.getByRole('cell', { name: '冲突记录' }).first()).toBeVisible();

	// Filter by kind.
	await page.getByRole('checkbox', { name: '出勤' }).check();
	await page.getByRole('button', { name: '筛选', exact: true }).tap();
	await expect(page).toHaveURL(/kind=ATTENDANCE/);
	await expect(page.getByRole('cell', { name: '冲突记录' })).toHaveCount(0);
	await expect(page.getByRole('cell', { name: '出勤' }).first()).toBeVisible();
	await page.screenshot({ path: 'test-results/records-member.png', fullPage: true });

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: '导出 JSON' }).tap();
	const file = await download;
	expect(file.suggestedFilename()).toBe('member-M-001.json');
	const data = JSON.parse(fs.readFileSync((await file.path())!, 'utf8'));
	expect(data.member.code).toBe('M-001');
	expect(data.member.realName).toBeNull();
	expect(data.enrollments.map((e: { groupName: string }) => e.groupName).sort()).toEqual(
		['老年社交兴趣小组', '青少年情绪管理小组'].sort()
	);
});

test('an admin erases a member’s personal data only after typing the code and confirming again', async ({
	page
}) => {
	await signIn(page, DEMO.admin);
	await openRecord(page, 'M-008');
	const start = page.getByRole('button', { name: '删除个人资料…' });
	await expect(start).toBeDisabled();
	const code = page.getByLabel('请输入该组员的代号 M-008 以确认');
	await code.fill('M-007');
	await expect(start).toBeDisabled();
	await code.fill('M-008');
	await expect(start).toBeEnabled();
	await start.tap();
	const dialog = page.getByRole('dialog', { name: '最后确认' });
	await expect(dialog).toBeVisible();
	await page.screenshot({ path: 'test-results/records-erase-confirm.png' });
	// Cancelling changes nothing.
	await dialog.getByRole('button', { name: '取消' }).tap();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('heading', { name: 'M-008', level: 1 })).toBeVisible();

	await start.tap();
	await dialog.getByRole('button', { name: '永久删除' }).tap();
	await expect(page.getByRole('status').filter({ hasText: '个人资料已于' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^ERASED-[0-9A-F]{8}$/, level: 1 })).toBeVisible();
	await expect(page.getByRole('button', { name: '删除个人资料…' })).toHaveCount(0);
	await expect(page.getByText('希望学会控制脾气')).toHaveCount(0);
	await page.screenshot({ path: 'test-results/records-erased.png', fullPage: true });

	// The erasure is in the audit log.
	await page.goto('/admin/audit');
	await page.getByLabel('操作', { exact: true }).selectOption('ERASE');
	await page.getByRole('button', { name: '筛选', exact: true }).tap();
	const erasures = page.getByRole('row').filter({ hasText: '删除个人资料' });
	await expect(erasures).toHaveCount(1);
	await expect(erasures).toContainText('王主任');
});

test('the audit log shows who read a record, filters by member code and exports CSV with a BOM', async ({
	page
}) => {
	await signIn(page, DEMO.supervisor);
	await openRecord(page, 'M-002');
	await page.goto('/admin/audit');
	await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
	await page.getByLabel('组员代号').fill('M-002');
	await page.getByRole('button', { name: '筛选', exact: true }).tap();
	await expect(page).toHaveURL(/member=M-002/);
	const rows = page.getByRole('row').filter({ hasText: '组员档案' });
	await expect(rows.first()).toContainText('李督导');
	await expect(rows.first()).toContainText('查看');
	await expect(rows.first()).toContainText('M-002');
	await page.screenshot({ path: 'test-results/audit-log.png', fullPage: true });

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: '导出 CSV' }).tap();
	const csv = fs.readFileSync((await (await download).path())!);
	expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(csv.toString('utf8')).toContain('M-002');
	expect(csv.toString('utf8')).toContain('李督导');
});

test('an admin saves organization settings, a bad time zone is refused, and the last admin cannot be removed', async ({
	page
}) => {
	await signIn(page, DEMO.admin);
	await nav(page).getByRole('link', { name: '管理' }).tap();
	await page.getByRole('button', { name: '停用' }).first().waitFor();
	await hydrated(page);
	// The only admin cannot deactivate themselves.
	const me = page.getByRole('row').filter({ hasText: 'admin@demo.org' });
	await me.getByRole('button', { name: '停用' }).tap();
	await expect(page.getByRole('status')).toHaveText('机构至少需要保留一位在职管理员。');
	await expect(me.getByRole('button', { name: '停用' })).toBeVisible();

	await page.getByRole('link', { name: '机构设置' }).tap();
	await expect(page.getByRole('heading', { name: '机构设置' })).toBeVisible();
	await hydrated(page);
	await page.getByLabel(/^时区/).fill('Mars/Olympus');
	await page.getByRole('button', { name: '保存' }).tap();
	await expect(page.getByText('无法识别的时区名称')).toBeVisible();
	await page.getByLabel(/^时区/).fill('Asia/Hong_Kong');
	await page.getByLabel('每节默认时长（分钟）').fill('75');
	await page.getByLabel('自定义小组主题').fill('社区融入\n残障人士支持');
	await page.getByRole('button', { name: '保存' }).tap();
	await expect(page.getByRole('status')).toHaveText('机构设置已保存。');
	await page.reload();
	await hydrated(page);
	await expect(page.getByLabel(/^时区/)).toHaveValue('Asia/Hong_Kong');
	await expect(page.getByLabel('自定义小组主题')).toHaveValue('社区融入\n残障人士支持');
	await page.screenshot({ path: 'test-results/organization-settings.png', fullPage: true });
});

test('a leader closes a group; it is listed as archived, read-only, and exports as a zip', async ({
	page
}) => {
	await signIn(page, DEMO.coleader);
	await nav(page).getByRole('link', { name: '小组' }).tap();
	await page.getByRole('link', { name: '老年社交兴趣小组' }).first().tap();
	await page.getByRole('link', { name: '结案归档' }).tap();
	await expect(page.getByRole('heading', { name: /结案归档：老年社交兴趣小组/ })).toBeVisible();
	await hydrated(page);
	const submit = page.getByRole('button', { name: '确认结案' });
	await expect(submit).toBeDisabled();
	await page.getByLabel('结案总结').fill('组员建立了固定的聚会，转介社区长者中心继续跟进。');
	await page.getByLabel('我了解结案后记录将变为只读').check();
	await page.screenshot({ path: 'test-results/archive-close.png', fullPage: true });
	await submit.tap();
	await expect(page).toHaveURL(/\/groups\/archived/);
	await expect(page.getByRole('status')).toHaveText('小组已结案归档。');
	await expect(page.getByRole('link', { name: '老年社交兴趣小组' })).toBeVisible();
	await page.screenshot({ path: 'test-results/archive-list.png', fullPage: true });

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: '导出归档（zip）' }).tap();
	const zip = fs.readFileSync((await (await download).path())!);
	expect(zip.subarray(0, 2).toString()).toBe('PK');
	expect(zip.toString('latin1')).toContain('attendance.csv');

	// Closed: no "close" link any more, and the close page says so.
	await page.getByRole('link', { name: '老年社交兴趣小组' }).tap();
	await expect(page.getByText('已结案').first()).toBeVisible();
	await expect(page.getByRole('link', { name: '结案归档' })).toHaveCount(0);
});

test('the member record reads in English too', async ({ page }) => {
	await signIn(page, DEMO.facilitator);
	await hydrated(page);
	await page
		.getByRole('button', { name: /English/ })
		.first()
		.tap();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await nav(page).getByRole('link', { name: 'Member records' }).tap();
	await expect(page.getByRole('heading', { name: 'Member records' })).toBeVisible();
	await page.getByLabel('Search by code').fill('M-001');
	await page.getByRole('button', { name: 'Search' }).tap();
	await page.getByRole('link', { name: 'Open record: M-001' }).tap();
	await expect(page.getByRole('heading', { name: 'Needs assessment' })).toBeVisible();
	// The facilitator leads the teen group, so sees the name, and the elder group's line without its notes.
	await expect(page.getByText('You do not lead this group, so its notes are not shown.')).toBeVisible();
	await expect(page.getByRole('group', { name: 'Consent scope' })).toBeVisible();
	await page.screenshot({ path: 'test-results/records-member-en.png', fullPage: true });
});
