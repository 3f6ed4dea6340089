import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/sign-in';

const LANDSCAPE = { width: 1024, height: 768 };
const PORTRAIT = { width: 768, height: 1024 };

async function openAs(browser: Browser, email: string, locale: 'zh-CN' | 'en', viewport = LANDSCAPE) {
	const context = await browser.newContext({ ...test.info().project.use, viewport });
	if (locale === 'en') {
		const baseURL = test.info().project.use.baseURL!;
		await context.addCookies([{ name: 'locale', value: 'en', url: baseURL }]);
	}
	const page = await context.newPage();
	// The shared sign-in helper can fill the form before it hydrates (the field is then emptied): try once more.
	await signIn(page, email).catch(() => signIn(page, email));
	return { context, page };
}

/** From the dashboard to today's teen session (session 4), then back to an earlier, finished session. */
async function openFinishedSession(page: Page, heading: RegExp, back: RegExp[]) {
	await page
		.locator('section[aria-labelledby="sessions-today"]')
		.getByRole('link', { name: /青少年情绪管理小组/ })
		.first()
		.tap();
	for (const link of back) {
		await page.getByRole('link', { name: link }).tap();
	}
	await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	// Loaded afresh: the run screen keeps the attendance queue of the session it was first opened on when moved to
	// the previous session in place (a known fault of the run screen, reported, not this spec's subject).
	await page.reload();
	await page.locator('html[data-hydrated="true"]').waitFor();
}

const card = (page: Page, code: string) => page.getByRole('group', { name: code, exact: true });

test('a leader submits a session for review, the supervisor signs it off, and the record is locked', async ({
	browser
}) => {
	const lead = await openAs(browser, DEMO.facilitator, 'zh-CN');
	await openFinishedSession(lead.page, /第 3 节/, [/← 第 3 节/]);
	const review = lead.page.locator('#review');
	await expect(review).toContainText('未提交审核');
	await review.getByRole('button', { name: '提交督导审核' }).tap();
	await expect(review).toContainText('待督导审核');
	await expect(review).toContainText(/张社工 于 .* 提交审核/);

	// The supervisor finds it waiting on the dashboard, comments and signs off.
	const supervisor = await openAs(browser, DEMO.supervisor, 'zh-CN');
	const queue = supervisor.page.locator('section[aria-labelledby="review-queue"]');
	await expect(queue).toContainText('待你签字确认');
	await queue.getByRole('link', { name: /第 3 节/ }).tap();
	await expect(supervisor.page.getByRole('heading', { level: 1, name: /第 3 节/ })).toBeVisible();
	await supervisor.page.locator('html[data-hydrated="true"]').waitFor();
	const panel = supervisor.page.locator('#review');
	await panel.getByLabel('写下审核意见或回复').fill('冲突处理写得清楚，请补充后续跟进安排。');
	await panel.getByRole('button', { name: '发表意见' }).tap();
	await expect(panel.getByRole('list', { name: '审核意见' })).toContainText('李督导');
	await panel.getByLabel(/我已阅读本记录，确认签字/).check();
	await panel.getByRole('button', { name: '签字确认' }).tap();
	await expect(panel).toContainText(/李督导 于 .* 签字确认/);
	await supervisor.page.screenshot({
		path: 'test-results/sign-off-supervisor-landscape.png',
		fullPage: true
	});

	// The leader's page was open before the sign-off: a mark taken now is refused, not queued for ever.
	const saved = await card(lead.page, 'M-005').getByRole('button').first().textContent();
	await lead.page.getByRole('button', { name: 'M-005 的其他出勤状态' }).tap();
	await lead.page.getByRole('button', { name: '缺席：未说明' }).tap();
	await expect(lead.page.getByRole('alert')).toContainText(
		'M-005 的出勤记录未被接受：该记录已经督导签字确认并锁定'
	);
	await expect(lead.page.getByText('尚未保存')).toHaveCount(0);

	// Opened again, the session shows as locked: no attendance can be taken.
	await lead.page.reload();
	await expect(lead.page.getByText('本节记录已经督导签字确认并锁定')).toBeVisible();
	await expect(card(lead.page, 'M-005').getByRole('button').first()).toBeDisabled();
	await expect(card(lead.page, 'M-005').getByRole('button').first()).toHaveText(saved!);
	await expect(lead.page.getByRole('group', { name: '记录方式' })).toHaveCount(0);

	// A correction is an addendum, shown with who and when.
	const addenda = lead.page.locator('#review');
	await addenda.getByLabel('补充的内容').selectOption({ label: '出勤' });
	await addenda.getByLabel('补充或更正的内容').fill('M-005 当天请假，签到时误记为出席。');
	await addenda.getByRole('button', { name: '添加补充说明' }).tap();
	const list = addenda.getByRole('list', { name: '补充说明' });
	await expect(list).toContainText('M-005 当天请假，签到时误记为出席。');
	await expect(list).toContainText(/出勤 · 张社工 于 .* 补充/);
	await lead.page.screenshot({ path: 'test-results/sign-off-locked-landscape.png', fullPage: true });
	await lead.page.setViewportSize(PORTRAIT);
	await lead.page.screenshot({ path: 'test-results/sign-off-locked-portrait.png', fullPage: true });

	// The leader's dashboard shows the supervisor's comment.
	await lead.page.goto('/');
	await expect(lead.page.locator('section[aria-labelledby="review-queue"]')).toContainText(
		/李督导 于 .* 留下了意见/
	);
	await lead.context.close();
	await supervisor.context.close();
});

test('the same sign-off reads in English, held upright', async ({ browser }) => {
	const lead = await openAs(browser, DEMO.coleader, 'en', PORTRAIT);
	await openFinishedSession(lead.page, /Session 2/, [/← Session 3/, /← Session 2/]);
	const review = lead.page.locator('#review');
	await review.getByRole('button', { name: 'Submit for review' }).tap();
	await expect(review).toContainText('Waiting for review');

	const supervisor = await openAs(browser, DEMO.supervisor, 'en', PORTRAIT);
	const queue = supervisor.page.locator('section[aria-labelledby="review-queue"]');
	await expect(queue).toContainText('For you to sign off');
	await queue.getByRole('link', { name: /Session 2/ }).tap();
	await supervisor.page.locator('html[data-hydrated="true"]').waitFor();
	const panel = supervisor.page.locator('#review');
	await panel.getByLabel(/I have read this record and sign it off/).check();
	await panel.getByRole('button', { name: 'Sign off' }).tap();
	await expect(panel).toContainText(/Signed off by 李督导 on/);

	await lead.page.reload();
	await expect(
		lead.page.getByText('This session’s record was signed off by the supervisor and is locked')
	).toBeVisible();
	await expect(card(lead.page, 'M-001').getByRole('button').first()).toBeDisabled();
	await review.getByLabel('What it corrects').selectOption({ label: 'Scores' });
	await review
		.getByLabel('Addition or correction')
		.fill('M-002’s session rating was entered as 3; it was 4.');
	await review.getByRole('button', { name: 'Add addendum' }).tap();
	await expect(review.getByRole('list', { name: 'Addenda' })).toContainText(/Scores · Added by 陈社工 on/);
	await lead.page.screenshot({ path: 'test-results/sign-off-locked-portrait-en.png', fullPage: true });
	await lead.page.setViewportSize(LANDSCAPE);
	await lead.page.screenshot({ path: 'test-results/sign-off-locked-landscape-en.png', fullPage: true });
	await lead.context.close();
	await supervisor.context.close();
});
