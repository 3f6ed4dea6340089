import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/sign-in';

const TEEN = '青少年情绪管理小组';
const ELDER = '老年社交兴趣小组';

/** Reads a tRPC query as the signed-in browser would (superjson envelope). */
async function api<T>(page: Page, path: string, input: unknown): Promise<T> {
	const response = await page.request.get(
		`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`
	);
	expect(response.ok()).toBe(true);
	return (await response.json()).result.data.json as T;
}

/** How many canvases on the page have drawn pixels (a blank canvas is fully transparent). */
async function drawnCanvases(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('main canvas')].map((node) => {
			const canvas = node as HTMLCanvasElement;
			const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
			let painted = 0;
			for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
			return canvas.width > 0 && painted > 50;
		})
	);
}

async function groupId(page: Page, name: string) {
	await page.goto('/groups');
	const href = await page
		.getByRole('link', { name: new RegExp(name) })
		.first()
		.getAttribute('href');
	return href!.split('/').pop()!;
}

interface Outcomes {
	sessions: {
		number: number;
		attended: number;
		absent: number;
		excused: number;
		status: string;
		recorded: number;
	}[];
	attendance: { rate: number | null };
	sociogram: { nodes: { id: string; code: string; isolated: boolean; realName: string | null }[] };
}

test('group outcomes show drawn charts, the seeded GAS attainment and the attendance the API reports', async ({
	page
}) => {
	await signIn(page, DEMO.facilitator);
	const id = await groupId(page, TEEN);
	await page.goto(`/groups/${id}/outcomes`);
	await expect(page.getByRole('heading', { name: `小组成效 · ${TEEN}` })).toBeVisible();
	await expect.poll(() => drawnCanvases(page)).toEqual([true, true]);

	// Seed rule: 10 members × 2 goals; baseline −2/−1 and one level up per session run (3 run), except the last
	// member, who stays at baseline → 18 of 20 goals at or above the expected level.
	await expect(page.getByText('18/20', { exact: true })).toBeVisible();
	const outcomes = await api<Outcomes>(page, 'reports.outcomes', { groupId: id });
	for (const s of outcomes.sessions.filter((x) => x.status === 'DONE' || x.recorded > 0)) {
		const cells = page.locator(`tr[data-session="${s.number}"] td`);
		await expect(cells.nth(1)).toHaveText(String(s.attended));
		await expect(cells.nth(2)).toHaveText(String(s.absent));
		await expect(cells.nth(3)).toHaveText(String(s.excused));
	}
	// The last member is absent from session 2 on, so at least they are not isolated only if they interacted.
	const isolated = outcomes.sociogram.nodes.filter((n) => n.isolated).map((n) => n.code);
	if (isolated.length > 0) await expect(page.getByText(`没有互动记录：${isolated.join('、')}`)).toBeVisible();
	await expect(page.getByRole('img', { name: '互动关系图' })).toBeVisible();
	await page.screenshot({ path: 'test-results/outcomes-teen.png', fullPage: true });

	// The closing report downloads as a Word file.
	await page.getByLabel('带领者反思').fill('组员在情绪识别上进步明显。');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '生成结案评估报告（Word）' }).tap();
	const file = await (await download).path();
	expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
});

test('a member’s progress shows charts with the baseline band, the attendance strip and a timeline', async ({
	page
}) => {
	await signIn(page, DEMO.facilitator);
	const id = await groupId(page, TEEN);
	await page.goto(`/groups/${id}/progress`);
	await page.getByRole('link', { name: /M-001/ }).tap();
	await expect(page.getByRole('heading', { name: /M-001/, level: 1 })).toBeVisible();
	// Strip + goal rating + GAS, each drawn.
	await expect.poll(() => drawnCanvases(page)).toEqual([true, true, true]);
	await expect(page.getByRole('heading', { name: '记录时间线' })).toBeVisible();
	// M-001 is in the seeded conflict of session 2.
	await expect(page.getByText(/冲突：言语争执/)).toBeVisible();
	// Seed rule for M-001 (index 0): goals at −2 and −1, after 3 sessions +1 and +2.
	await expect(page.getByRole('cell', { name: /\+2 远高于预期/ })).toBeVisible();
	await page.screenshot({ path: 'test-results/progress-member.png', fullPage: true });
});

test('a leader enters end scores member by member with big buttons, and they show on the progress page', async ({
	page
}) => {
	await signIn(page, DEMO.facilitator);
	const id = await groupId(page, TEEN);
	await page.goto(`/groups/${id}/measures?point=END`);
	await expect(page.getByRole('heading', { name: '评估录入' })).toBeVisible();
	await expect(page.getByText('第 1 / 10 位组员')).toBeVisible();
	const rating = page.getByRole('group', { name: '在这个目标上，你现在做到了几分？' });
	await rating.getByRole('button', { name: '9', exact: true }).tap();
	await expect(rating.getByRole('button', { name: '9', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const box = await rating.getByRole('button', { name: '9', exact: true }).boundingBox();
	expect(box!.height).toBeGreaterThanOrEqual(44);
	await page
		.getByRole('group', { name: '生气时先停一停，用学过的方法平复情绪' })
		.getByRole('button', { name: /^\+2/ })
		.tap();
	await page.screenshot({ path: 'test-results/measures-entry.png', fullPage: true });
	await page.getByRole('button', { name: '保存这位组员的评分' }).tap();
	await expect(page.getByRole('status').filter({ hasText: '已保存 M-001 的评分。' })).toBeVisible();
	// Saving moves on to the next member.
	await expect(page.getByText('第 2 / 10 位组员')).toBeVisible();
	await page.getByRole('button', { name: '← 上一位' }).tap();
	await expect(page.getByText('第 1 / 10 位组员')).toBeVisible();
	await expect(rating.getByRole('button', { name: '9', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	await page.getByRole('link', { name: '查看成员进展' }).tap();
	await expect(page.getByRole('heading', { name: /M-001/, level: 1 })).toBeVisible();
	await expect(page.getByText(/→ 9$/)).toBeVisible();
});

interface Comparison {
	groups: { name: string; attendanceRate: number | null; retention: number | null; sessionsDone: number }[];
}

test('the supervisor compares groups in a sortable table and charts, and exports CSV for Excel', async ({
	page
}) => {
	await signIn(page, DEMO.supervisor);
	await page.goto('/supervision');
	await expect(page.getByRole('heading', { name: '督导对比' })).toBeVisible();
	await expect.poll(() => drawnCanvases(page)).toEqual([true, true]);
	const comparison = await api<Comparison>(page, 'supervision.compare', {});
	expect(comparison.groups.map((g) => g.name).sort()).toEqual([ELDER, TEEN].sort());
	const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
	for (const g of comparison.groups) {
		const row = page.locator(`tr[data-group="${g.name}"]`);
		await expect(row.locator('td[data-column="attendance"]')).toHaveText(pct(g.attendanceRate));
		await expect(row.locator('td[data-column="retention"]')).toHaveText(pct(g.retention));
		await expect(row.locator('td[data-column="sessions"]')).toHaveText(String(g.sessionsDone));
	}
	// A number column sorts descending on the first tap: the teen group (3 run) before the elder group (2).
	const sessionsHeader = page.getByRole('button', { name: /已完成节数/ });
	await sessionsHeader.tap();
	await expect(page.getByRole('columnheader', { name: /已完成节数/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	await expect(page.locator('tbody tr').first()).toHaveAttribute('data-group', TEEN);
	await sessionsHeader.tap();
	await expect(page.locator('tbody tr').first()).toHaveAttribute('data-group', ELDER);
	await page.screenshot({ path: 'test-results/supervision-compare.png', fullPage: true });

	// Filter by theme: one group left.
	await page.getByLabel('主题').selectOption('ELDER_SOCIAL');
	await page.getByRole('button', { name: '筛选', exact: true }).tap();
	await expect(page.getByText('共 1 个小组')).toBeVisible();

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: '导出 CSV' }).tap();
	const bytes = fs.readFileSync(await (await download).path());
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = bytes.subarray(3).toString('utf8');
	expect(text.split('\r\n')[0]).toMatch(/^小组,主题,带领者,状态,开始日期,已完成节数,入组人数,出勤率,保留率/);
	expect(text).toContain(ELDER);
	expect(text).not.toContain(TEEN);

	await page.getByRole('link', { name: '服务数据统计' }).tap();
	await expect(page.getByRole('heading', { name: '服务数据统计' })).toBeVisible();
	// 人次 of the teen group this year = the attended counts the outcomes API reports for its sessions run.
	const teenId = await api<{ groups: { id: string; name: string }[] }>(page, 'supervision.compare', {}).then(
		(c) => c.groups.find((g) => g.name === TEEN)!.id
	);
	const teen = await api<Outcomes>(page, 'reports.outcomes', { groupId: teenId });
	const attended = teen.sessions.filter((s) => s.status === 'DONE').reduce((sum, s) => sum + s.attended, 0);
	// The demo's sessions may fall in one or two months: add up the teen theme's rows.
	const teenRows = page.getByRole('row').filter({
		has: page.getByRole('cell', { name: '青少年情绪管理', exact: true })
	});
	await expect(teenRows.first()).toBeVisible();
	const shown = await teenRows.evaluateAll((rows) =>
		rows.reduce((sum, row) => sum + Number(row.querySelectorAll('td')[4].textContent), 0)
	);
	expect(shown).toBe(attended);
	await page.screenshot({ path: 'test-results/supervision-statistics.png', fullPage: true });
});

test('a facilitator cannot open the supervisor’s comparison', async ({ page }) => {
	await signIn(page, DEMO.facilitator);
	const response = await page.goto('/supervision');
	expect(response!.status()).toBe(403);
	const csv = await page.request.get('/supervision/export.csv');
	expect(csv.status()).toBe(403);
});

test('a supervisor reads the elder group’s outcomes in English, by member code only', async ({
	page,
	baseURL
}) => {
	await signIn(page, DEMO.supervisor);
	await page.context().addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
	const id = await groupId(page, ELDER);
	await page.goto(`/groups/${id}/outcomes`);
	await expect(page.getByRole('heading', { name: `Group outcomes · ${ELDER}` })).toBeVisible();
	await expect.poll(() => drawnCanvases(page)).toEqual([true, true]);
	await expect(page.getByRole('cell', { name: /Three-item loneliness scale/ })).toBeVisible();
	await expect(page.getByRole('cell', { name: /Lower is better/ })).toBeVisible();
	// Supervisors see codes, never real names.
	const outcomes = await api<Outcomes>(page, 'reports.outcomes', { groupId: id });
	expect(outcomes.sociogram.nodes.every((n) => n.realName === null)).toBe(true);
	await expect(page.getByRole('link', { name: /^M-0\d\d$/ }).first()).toBeVisible();
	await page.screenshot({ path: 'test-results/outcomes-elder-en.png', fullPage: true });
});
