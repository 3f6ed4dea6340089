import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/sign-in';
import { readZipEntry } from './support/zip';

const TEEN = '青少年情绪管理小组';

/** Opens the teen group's edit page (the facilitator leads it) and returns the group's URL. */
async function openEdit(page: Page, editLink: string) {
	await page.goto('/groups');
	await page.getByRole('link', { name: TEEN }).first().tap();
	await page.waitForURL(/\/groups\/[^/]+$/);
	const groupUrl = page.url();
	await page.getByRole('link', { name: editLink }).tap();
	await page.waitForURL(/\/edit$/);
	await page.locator('html[data-hydrated="true"]').waitFor();
	return groupUrl;
}

test('a facilitator fills in the plan book in the group design and finds it in the Word plan', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await signIn(page, DEMO.facilitator);
	const groupUrl = await openEdit(page, '编辑小组');

	await page.getByLabel('理论依据').fill('认知行为理论：想法影响情绪。\n社会学习理论：在示范和练习中学习。');
	await page
		.getByLabel('人员分工')
		.fill('带领者：张社工，负责整体带领。\n协同带领者：陈社工，负责观察记录。');
	await page.getByRole('button', { name: '添加预算项目' }).tap();
	await page.getByLabel('第 1 项预算项目').fill('活动物资（彩笔、工作纸）');
	await page.getByLabel('第 1 项金额（元）').fill('350.5');
	await page.getByRole('button', { name: '添加预算项目' }).tap();
	await page.getByLabel('第 2 项预算项目').fill('结业证书印制');
	await page.getByLabel('第 2 项金额（元）').fill('80');
	await expect(page.getByText('合计：¥430.50')).toBeVisible();
	await page.getByLabel('其他风险与应对').fill('活动室在三楼：每节前检查消防通道并清点人数。');
	await page.getByLabel('第 8 节目标').fill('1. 回顾成长\n2. 彼此道别');
	await page.getByLabel('理论依据').scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/plan-book-edit-zh.png' });
	await page.getByRole('button', { name: '保存' }).first().tap();
	await expect(page.getByText('已保存，节次已按新安排更新。')).toBeVisible();

	// A reload finds everything saved.
	await page.reload();
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(page.getByLabel('人员分工')).toHaveValue(/协同带领者：陈社工/);
	await expect(page.getByLabel('第 2 项金额（元）')).toHaveValue('80');

	// The Word plan carries every part, with the materials and risks of the planned activities.
	await page.goto(`${groupUrl}/exports`);
	await page.waitForLoadState('networkidle');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: '下载小组计划书（Word）' }).tap()
	]);
	const xml = readZipEntry(fs.readFileSync((await download.path())!), 'word/document.xml') ?? '';
	for (const text of [
		'二、理论依据',
		'社会学习理论：在示范和练习中学习。',
		'六、人员分工',
		'协同带领者：陈社工，负责观察记录。',
		'本节目标',
		'彼此道别',
		'八、物资清单',
		'情绪卡片',
		'九、经费预算',
		'结业证书印制',
		'¥430.50',
		'十、风险预估与应对',
		'每节前检查消防通道'
	])
		expect(xml, text).toContain(text);
});

test('the printable plan shows the plan book in English on a portrait tablet', async ({ page, baseURL }) => {
	await page.setViewportSize({ width: 768, height: 1024 });
	await signIn(page, DEMO.facilitator);
	await page.context().addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
	const groupUrl = await openEdit(page, 'Edit group');

	await page.getByLabel('Staffing and roles').fill('Leader: plans and leads every session.');
	await page.getByRole('button', { name: 'Add a budget item' }).tap();
	// A third line after the two saved above, or the first one when this test runs alone.
	const item = page.getByLabel(/^Budget item \d+/).last();
	await expect(item).toHaveValue('');
	await item.fill('Snacks and tea');
	await page
		.getByLabel(/^Amount of item \d+ \(yuan\)/)
		.last()
		.fill('120');
	await page.getByLabel('Other risks and responses').fill('Keep the first-aid kit in the room.');
	await page.getByLabel('Staffing and roles').scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/plan-book-edit-en-portrait.png' });
	await page.getByRole('button', { name: 'Save' }).first().tap();
	await expect(page.getByText('Saved; sessions follow the new schedule.')).toBeVisible();

	await page.goto(`${groupUrl}/exports/print`);
	const plan = page.locator('article');
	for (const heading of [
		'2. Theoretical basis',
		'6. Staffing and roles',
		'8. Materials',
		'9. Budget',
		'10. Risks and responses'
	])
		await expect(plan.getByRole('heading', { name: heading })).toBeVisible();
	await expect(plan.getByText('Leader: plans and leads every session.')).toBeVisible();
	await expect(plan.getByRole('row', { name: /Snacks and tea/ })).toContainText('CN¥120.00');
	await expect(plan.getByRole('cell', { name: 'Keep the first-aid kit in the room.' })).toBeVisible();
	await expect(plan.getByText('Session goals').first()).toBeVisible();
	// Built from the seeded plans: the group contract's risk note, and its flip-chart paper.
	await expect(plan.getByRole('cell', { name: /^Group contract\s*Session 1$/ })).toBeVisible();
	await expect(plan.getByRole('cell', { name: 'Flip-chart paper', exact: true })).toBeVisible();
	await plan.getByRole('heading', { name: '9. Budget' }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/plan-book-print-en-portrait.png' });
});
