import { expect, test, type Locator } from '@playwright/test';
import { DEMO, signIn, signInThroughForm } from './support/sign-in';

test('a facilitator signs in, sees the dashboard in Chinese, switches to English and signs out', async ({
	page
}) => {
	await signInThroughForm(page, DEMO.facilitator);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { name: '张社工，你好' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '我的小组' })).toBeVisible();
	await expect(page.getByRole('link', { name: /青少年情绪管理小组/ }).first()).toBeVisible();
	// A facilitator sees only the groups they lead.
	await expect(page.getByText('老年社交兴趣小组')).toHaveCount(0);
	await expect(
		page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '督导' })
	).toHaveCount(0);
	await page.screenshot({ path: 'test-results/dashboard-zh.png' });

	await page
		.getByRole('button', { name: /English/ })
		.first()
		.tap();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { name: 'Hello, 张社工' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'My groups' })).toBeVisible();

	// The choice is remembered on the next visit.
	await page.goto('/groups');
	await expect(page.getByRole('heading', { name: 'Groups' })).toBeVisible();

	await page.getByRole('button', { name: 'Sign out' }).first().tap();
	await expect(page).toHaveURL(/\/sign-in/);
	await page.goto('/');
	await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2F/);
});

test('a wrong password gets a clear message and no session', async ({ page }) => {
	await page.goto('/sign-in');
	await page.getByLabel('邮箱').fill(DEMO.facilitator);
	await page.getByLabel('密码').fill('not-the-password');
	await page.getByRole('button', { name: '登录' }).tap();
	await expect(page.getByRole('alert')).toHaveText('邮箱或密码不正确，请重新输入。');
	await page.goto('/');
	await expect(page).toHaveURL(/\/sign-in/);
});

test('a supervisor sees every group, and pages outside one’s reach answer 403 and 404', async ({ page }) => {
	await signIn(page, DEMO.supervisor);
	await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '小组' }).tap();
	await expect(page).toHaveURL(/\/groups$/);
	await expect(page.getByRole('heading', { name: '小组', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: '青少年情绪管理小组', exact: true })).toBeVisible();
	await page.getByRole('link', { name: '老年社交兴趣小组', exact: true }).tap();
	await expect(page.getByRole('heading', { name: '老年社交兴趣小组' })).toBeVisible();
	await expect(page.getByText('组员以代号显示')).toBeVisible();
	await page.goto('/admin');
	await expect(page.getByRole('heading', { name: '没有访问权限' })).toBeVisible();
	const missing = await page.goto('/groups/doesnotexist');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
});

test('an admin adds a facilitator who can then sign in, and deactivates them: they are refused with a message', async ({
	page,
	browser
}) => {
	await signIn(page, DEMO.admin);
	await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '管理' }).tap();
	await page.getByLabel('姓名').fill('赵社工');
	await page.getByLabel('邮箱').fill('zhao@demo.org');
	await page.getByLabel('初始密码（至少 8 位）').fill('zhao-password');
	await page.getByRole('button', { name: '添加用户' }).tap();
	await expect(page.getByRole('status')).toHaveText('已添加用户 zhao@demo.org。');
	await expect(page.getByRole('cell', { name: /^赵社工/ })).toBeVisible();

	const other = await browser.newContext({ ...test.info().project.use });
	const otherPage = await other.newPage();
	await signIn(otherPage, 'zhao@demo.org', 'zhao-password');
	await expect(otherPage.getByRole('heading', { name: '赵社工，你好' })).toBeVisible();
	await other.close();

	await page.getByRole('button', { name: '停用：赵社工' }).tap();
	await expect(page.getByRole('button', { name: '启用：赵社工' })).toBeVisible();
	const later = await browser.newContext({ ...test.info().project.use });
	const laterPage = await later.newPage();
	await laterPage.goto('/sign-in');
	await laterPage.locator('html[data-hydrated="true"]').waitFor();
	await laterPage.getByLabel('邮箱').fill('zhao@demo.org');
	await laterPage.getByLabel('密码').fill('zhao-password');
	await laterPage.getByRole('button', { name: '登录' }).tap();
	await expect(laterPage.getByRole('alert')).toHaveText('该账号已停用，请联系机构管理员。');
	await laterPage.goto('/');
	await expect(laterPage).toHaveURL(/\/sign-in/);
	await later.close();
});

test.describe('before the app has started on a page', () => {
	// The service worker would answer the app's code from its cache, past the route that holds it back.
	test.use({ serviceWorkers: 'block' });

	/** Submits the button's form as a tap on it would, and answers whether the browser's own submission was held back. */
	const submitHeldBack = (button: Locator) =>
		button.evaluate(
			(submitter: HTMLButtonElement) =>
				new Promise<boolean>((resolve) => {
					window.addEventListener(
						'submit',
						(event) => {
							resolve(event.defaultPrevented);
							event.preventDefault();
						},
						{ once: true }
					);
					submitter.form!.requestSubmit(submitter);
				})
		);

	test('a form the app sends itself is not sent by the browser as a GET that reloads the page', async ({
		page
	}) => {
		await signIn(page, DEMO.admin);
		// The app's code never arrives: the page stays as the server rendered it, as on a slow tablet for a moment.
		await page.route(/\/_app\/immutable\/.+\.js$/, (route) => route.abort());
		await page.goto('/admin');
		const add = page.getByRole('button', { name: '添加用户' });
		await expect(add).toBeVisible();
		await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');
		await page.getByLabel('姓名').fill('赵社工');
		await page.getByLabel('初始密码（至少 8 位）').fill('zhao-password');
		expect(await submitHeldBack(add)).toBe(true);

		// A tap on its button leaves the page and what was typed where they are, and the password out of the address.
		await add.tap();
		const reloaded = await page.waitForURL(/\?/, { timeout: 2_000 }).then(
			() => true,
			() => false
		);
		expect(reloaded).toBe(false);
		await expect(page.getByLabel('姓名')).toHaveValue('赵社工');

		// A form that works without the app (signing in posts to the server) still goes through.
		await page.context().clearCookies();
		await page.goto('/sign-in');
		await page.getByLabel('邮箱').fill(DEMO.admin);
		await page.getByLabel('密码').fill('not-the-password');
		expect(await submitHeldBack(page.getByRole('button', { name: '登录' }))).toBe(false);
	});
});
