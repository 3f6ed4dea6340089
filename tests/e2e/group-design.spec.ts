import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { touchDrag } from './support/touch';
import { moveUpByKeyboard } from './support/keyboard-move';
import { DEMO, signIn } from './support/sign-in';
import { readZipEntry } from './support/zip';

const HEADER =
	'姓名 realName,出生年份 birthYear,性别 gender,联系方式 contact,入组需求 intakeNeeds,需求标签 needTags,同意日期 consentDate,同意范围 consentScope';
const csvFile = (rows: string[]) => ({
	name: 'members.csv',
	mimeType: 'text/csv',
	buffer: Buffer.from([HEADER, ...rows].join('\n'), 'utf8')
});

test('a facilitator designs an elder group from the template, adds and imports members, and exports the plan', async ({
	page
}) => {
	const groupName = `长者怀旧小组 ${Date.now().toString(36)}`;
	await signIn(page, DEMO.facilitator);
	await page.goto('/groups');
	await page.getByRole('link', { name: /新建小组/ }).tap();
	await page.waitForURL(/\/groups\/new$/);
	await page.waitForLoadState('networkidle');

	// Step 1: the template.
	await expect(page.getByRole('heading', { name: '策划新小组' })).toBeVisible();
	await page.screenshot({ path: 'test-results/group-wizard-templates.png' });
	await page.getByRole('radio', { name: /老年社交兴趣/ }).tap();

	// Step 2: needs and goals, pre-filled by the template.
	const name = page.getByLabel('小组名称');
	await expect(name).toHaveValue('老年人社交兴趣小组');
	await expect(page.getByLabel('目标 1', { exact: true })).toHaveValue(/80%的组员/);
	await name.fill(groupName);
	await page.getByLabel('背景').fill('社区独居长者增多，日常交往少。');
	await page.screenshot({ path: 'test-results/group-wizard-design.png' });
	await page.getByRole('button', { name: '下一步' }).tap();

	// Step 3: the schedule generates six weekly sessions.
	await page.getByLabel('开始日期').fill('2026-12-01');
	await page.getByLabel('每周哪一天').selectOption('3');
	await page.getByLabel('开始时间').fill('09:30');
	await expect(page.getByLabel('节数')).toHaveValue('6');
	await page.getByLabel('每节时长（分钟）').fill('0');
	await page.screenshot({ path: 'test-results/group-wizard-schedule.png' });
	await page.getByRole('button', { name: '下一步' }).tap();

	// Step 4: the facilitator leads by default. A length of 0 is sent back to its field.
	await expect(page.getByRole('combobox', { name: '带领者' })).toHaveValue(/.+/);
	await page.getByRole('button', { name: '创建小组' }).tap();
	await expect(page.getByText('数值过小（最小 15）。')).toBeVisible();
	await expect(page.getByLabel('每节时长（分钟）')).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('每节时长（分钟）').fill('60');
	await page.getByRole('button', { name: '下一步' }).tap();
	await page.getByRole('button', { name: '创建小组' }).tap();

	// The overview shows the dated sessions: Wednesdays from 2 December.
	await expect(page.getByRole('heading', { name: groupName })).toBeVisible();
	const sessions = page.getByRole('region', { name: '节次安排' }).getByRole('listitem');
	await expect(sessions).toHaveCount(6);
	await expect(sessions.first()).toContainText('12月2日');
	await expect(sessions.first()).toContainText('09:30');
	await expect(sessions.nth(5)).toContainText('1月6日');
	await expect(sessions.first()).toContainText('有缘相识');
	await page.screenshot({ path: 'test-results/group-overview-new.png', fullPage: true });
	const groupUrl = page.url();

	// Session 1's plan: three activities dragged in from the library by touch, one moved up by keyboard alone,
	// a duration changed; the clock times and the total follow, and a reload finds it all saved.
	await sessions.first().getByRole('link', { name: '活动方案' }).tap();
	await expect(page.getByRole('heading', { name: /第 1 节 · 活动方案/ })).toBeVisible();
	await page.locator('html[data-hydrated="true"]').waitFor();
	const plan = page.getByRole('list', { name: '本节方案' });
	const planItems = plan.getByTestId('plan-item');
	const library = page.getByRole('list', { name: '活动库列表' });
	const planned = await planItems.count();
	const dragged = ['老照片怀旧分享', '椅子操', '手部按摩'];
	for (const [i, title] of dragged.entries()) {
		await page.getByPlaceholder('搜索活动').fill(title);
		const source = library.getByTestId('library-item').first();
		await expect(source).toContainText(title);
		// Dropped on the opening step: the activity lands right after it, wherever the plan is scrolled.
		await planItems.first().scrollIntoViewIfNeeded();
		await touchDrag(page, source, planItems.first());
		await expect(planItems).toHaveCount(planned + i + 1);
		await expect(page.getByTestId('save-status')).toHaveText('已保存');
		await expect(plan.locator(`[data-testid="plan-item"][aria-label="${title}"]`)).toHaveCount(1);
	}
	const order = () => planItems.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
	// Keyboard alone: the last step moves up one place.
	const dropped = await order();
	const n = dropped.length;
	await moveUpByKeyboard(page, planItems.last());
	await expect.poll(order).toEqual([...dropped.slice(0, n - 2), dropped[n - 1], dropped[n - 2]]);
	const total = async () =>
		Number((await page.getByTestId('plan-total').innerText()).match(/(\d+)\s*\/\s*\d+/)![1]);
	const totalBefore = await total();
	const lastClock = await planItems.last().getByTestId('item-clock').innerText();
	const firstMinutes = planItems.first().getByRole('spinbutton');
	const minutesBefore = Number(await firstMinutes.inputValue());
	await firstMinutes.fill(String(minutesBefore + 5));
	await firstMinutes.press('Tab');
	await expect.poll(total).toBe(totalBefore + 5);
	await expect(planItems.last().getByTestId('item-clock')).not.toHaveText(lastClock);
	await expect(page.getByTestId('save-status')).toHaveText('已保存');
	const titles = await planItems.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
	await page.reload();
	await expect(planItems).toHaveCount(planned + 3);
	expect(await planItems.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))).toEqual(
		titles
	);
	await expect(planItems.first().getByRole('spinbutton')).toHaveValue(String(minutesBefore + 5));
	await page.goto(groupUrl);

	// Members: add one by hand.
	await page.getByRole('link', { name: '组员管理' }).tap();
	await page.waitForURL(/\/members$/);
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: /新增组员/ }).tap();
	await page.getByLabel('姓名（选填）').fill('周桂英');
	await page.getByLabel('出生年份').fill('1950');
	await page.getByRole('button', { name: '保存' }).tap();
	await expect(page.getByText(/已新增组员 M-\d{3}/)).toBeVisible();
	await expect(page.getByText('在组 1/12 人')).toBeVisible();

	// Import: one bad row → the row's error, and nothing imported.
	await page.getByRole('button', { name: '从 CSV 批量导入' }).tap();
	await page
		.getByLabel('选择 CSV 文件')
		.setInputFiles(
			csvFile(['导入甲,1948,女,,想认识邻居,社交,2026-11-20,参与', '导入乙,19x8,男,,,,2026-11-20,参与'])
		);
	await expect(page.getByText('第 3 行')).toBeVisible();
	await expect(page.getByText('出生年份须为 1900 至今年之间的四位数字。')).toBeVisible();
	await expect(page.getByRole('button', { name: /导入 0 位组员/ })).toBeDisabled();
	await page.screenshot({ path: 'test-results/members-import-error.png', fullPage: true });
	await expect(page.getByText('在组 1/12 人')).toBeVisible();

	// Fixed file → imported in one go.
	await page
		.getByLabel('选择 CSV 文件')
		.setInputFiles(
			csvFile(['导入甲,1948,女,,想认识邻居,社交,2026-11-20,参与', '导入乙,1958,男,,,,2026-11-20,参与'])
		);
	await expect(page.getByText(/文件无误，共 2 位组员可导入/)).toBeVisible();
	await page.getByRole('button', { name: '导入 2 位组员' }).tap();
	await expect(page.getByText(/已导入 2 位组员/)).toBeVisible();
	await expect(page.getByText('在组 3/12 人')).toBeVisible();
	await expect(page.getByRole('cell', { name: '导入乙' })).toBeVisible();
	await page.screenshot({ path: 'test-results/members-list.png', fullPage: true });
	// Portrait tablet: the member table scrolls sideways inside its card, the actions stay reachable.
	await page.setViewportSize({ width: 768, height: 1024 });
	const lastCode = await page
		.getByRole('cell', { name: /^M-\d+$/ })
		.last()
		.innerText();
	await page.getByRole('button', { name: `编辑 ${lastCode}` }).tap();
	await expect(page.getByRole('heading', { name: /的资料$/ })).toBeVisible();
	await page.screenshot({ path: 'test-results/members-edit-portrait.png', fullPage: true });
	await page.getByRole('button', { name: '取消' }).tap();
	await page.setViewportSize({ width: 1080, height: 810 });

	// Exports: the Word plan and the calendar.
	await page.goto(`${groupUrl}/exports`);
	await page.waitForLoadState('networkidle');
	const [docx] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: '下载小组计划书（Word）' }).tap()
	]);
	const docxBytes = fs.readFileSync((await docx.path())!);
	expect(docxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
	const documentXml = readZipEntry(docxBytes, 'word/document.xml') ?? '';
	expect(documentXml).toContain(groupName);
	expect(documentXml).toContain('小组计划书');
	expect(documentXml).not.toContain('周桂英');

	const [ics] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: '下载节次日历（iCal）' }).tap()
	]);
	const calendar = fs.readFileSync((await ics.path())!, 'utf8');
	expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(6);
	// 09:30 on 2 December in the organization's zone (01:30 UTC), with its TZID.
	expect(calendar).toContain('DTSTART;TZID=Asia/Shanghai:20261202T093000');

	await page.getByRole('link', { name: '打印版计划书' }).tap();
	await expect(page.getByRole('heading', { name: groupName })).toBeVisible();
	await expect(page.getByText('09:30–09:35').first()).toBeVisible();
	// The first page only: the whole plan (materials, risks) is many screens long and slow to capture.
	await page.screenshot({ path: 'test-results/group-plan-print.png' });
});

test('a supervisor has no wizard, and a stale edit is refused with a message', async ({ page, browser }) => {
	await signIn(page, DEMO.supervisor);
	await page.goto('/groups');
	await expect(page.getByRole('link', { name: /新建小组/ })).toHaveCount(0);
	const refused = await page.goto('/groups/new');
	expect(refused?.status()).toBe(403);

	// Two leaders open the edit page of the elder group; the second save is refused.
	const lead = await browser.newPage();
	await signIn(lead, DEMO.coleader);
	await lead.goto('/groups');
	await lead.getByRole('link', { name: '老年社交兴趣小组' }).first().tap();
	await lead.getByRole('link', { name: '编辑小组' }).tap();
	await lead.waitForURL(/\/edit$/);
	await lead.waitForLoadState('networkidle');
	const other = await browser.newPage();
	await signIn(other, DEMO.coleader);
	await other.goto(lead.url());
	await other.waitForLoadState('networkidle');

	await lead.getByLabel('地点').fill('社区长者活动中心二楼');
	await lead.getByRole('button', { name: '保存' }).first().tap();
	await expect(lead.getByText('已保存，节次已按新安排更新。')).toBeVisible();

	await other.getByLabel('地点').fill('另一个地点');
	await other.getByRole('button', { name: '保存' }).first().tap();
	await expect(other.getByText('该内容已被他人修改，请查看最新版本。')).toBeVisible();
	await other.screenshot({ path: 'test-results/group-edit-conflict.png' });
	await other.getByRole('button', { name: '载入最新版本' }).tap();
	await expect(other.getByLabel('地点')).toHaveValue('社区长者活动中心二楼');
	await lead.close();
	await other.close();
});

test('an admin adds an organization theme in the settings, and the wizard designs a group under it', async ({
	page
}) => {
	await signIn(page, DEMO.admin);
	await page.goto('/admin/settings');
	await page.locator('html[data-hydrated="true"]').waitFor();
	const themes = page.getByLabel('自定义小组主题');
	// A built-in theme's name is refused with a message at the field.
	await themes.fill('亲子沟通');
	await page.getByRole('button', { name: '保存', exact: true }).tap();
	await expect(themes).toHaveAttribute('aria-invalid', 'true');
	await themes.fill('社区融入\n戒烟支持');
	await page.getByRole('button', { name: '保存', exact: true }).tap();
	await expect(page.getByRole('status')).toHaveText('机构设置已保存。');

	const groupName = `社区融入小组 ${Date.now().toString(36)}`;
	await page.goto('/groups/new');
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(page.getByRole('radio', { name: /戒烟支持/ })).toBeVisible();
	await page.screenshot({ path: 'test-results/group-wizard-custom-themes.png' });
	await page.getByRole('radio', { name: /社区融入/ }).tap();
	await expect(page.getByLabel('小组名称')).toHaveValue('');
	await page.getByLabel('小组名称').fill(groupName);
	await page.getByLabel('目标 1', { exact: true }).fill('组员能说出社区里三处可求助的地方');
	await page.getByRole('button', { name: '下一步' }).tap();
	await page.getByLabel('开始日期').fill('2026-12-07');
	await page.getByRole('button', { name: '下一步' }).tap();
	await page.getByRole('button', { name: '创建小组' }).tap();

	await expect(page.getByRole('heading', { name: groupName })).toBeVisible();
	await expect(page.getByText('社区融入', { exact: true })).toBeVisible();
	// The edit form keeps the theme and offers the organization's themes after the built-in ones.
	await page.goto(`${page.url()}/edit`);
	await expect(page.getByLabel('主题')).toHaveValue('社区融入');
	await page.screenshot({ path: 'test-results/group-custom-theme-edit.png' });

	// The organization's own activities can be tagged with its themes, and the library filters by them.
	await page.goto('/activities');
	await page.locator('html[data-hydrated="true"]').waitFor();
	await page.getByRole('button', { name: /新增活动/ }).tap();
	const form = page.getByRole('dialog');
	await form.getByLabel('名称（中文）').fill('社区地图');
	await form.getByRole('group', { name: '本机构主题' }).getByRole('checkbox', { name: '社区融入' }).tap();
	await form.getByRole('button', { name: '保存' }).tap();
	await expect(form).toBeHidden();
	await page.getByLabel('主题').selectOption('社区融入');
	await expect(page).toHaveURL(/theme=/);
	await expect(page.getByRole('heading', { name: '社区地图', level: 2 })).toBeVisible();
	await expect(page.getByText('共 1 个活动')).toBeVisible();
});
