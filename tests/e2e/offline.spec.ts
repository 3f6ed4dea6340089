import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { DEMO, signIn } from './support/sign-in';

// The tablet in a room with poor Wi-Fi: today's session opened online opens again with no network (after a
// reload too), attendance, notes and plan edits made offline wait on the device and arrive exactly once, and
// signing out leaves nothing of the person's on the device.

const card = (page: Page, code: string) => page.getByRole('group', { name: code, exact: true });
const banner = (page: Page) => page.getByTestId('offline-banner');

/** Signs in, waits until the service worker controls the page, and opens today's session of the teen group. */
async function openTodaysSession(page: Page, { english = false } = {}) {
	await signIn(page, DEMO.facilitator).catch(() => signIn(page, DEMO.facilitator));
	if (english) {
		await page
			.getByRole('button', { name: /English/ })
			.first()
			.tap();
		await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
	}
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page
		.locator('section[aria-labelledby="sessions-today"]')
		.getByRole('link', { name: /青少年情绪管理小组/ })
		.first()
		.tap();
	await expect(
		page.getByRole('heading', { level: 1, name: english ? /Session 4/ : /第 4 节/ })
	).toBeVisible();
	const path = new URL(page.url()).pathname;
	// Opened inside the app, the page loaded only its data: the worker keeps the whole page beside it.
	await expect.poll(() => keptPages(page), { timeout: 15_000 }).toContain(path);
	// Its plan is fetched and kept right after it.
	await expect.poll(() => keptPages(page), { timeout: 15_000 }).toContain(`${path}/plan`);
	await page.locator('html[data-hydrated="true"]').waitFor();
	return path;
}

/** The paths of the pages the service worker keeps for offline use. */
function keptPages(page: Page) {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys()) {
			if (!name.startsWith('gw-pages-')) continue;
			const cache = await caches.open(name);
			for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
		}
		return paths;
	});
}

/** What the device still holds: every cached URL, the app's localStorage keys and the IndexedDB databases. */
function deviceData(page: Page) {
	return page.evaluate(async () => {
		const cached: string[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) cached.push(new URL(request.url).pathname);
		}
		const storage = Object.keys(localStorage).filter((key) => key.startsWith('gw.'));
		const databases = (await indexedDB.databases()).map((db) => db.name);
		return { cached, storage, databases };
	});
}

/** Nothing confidential: only the app's own code and static files may stay cached. */
async function expectNothingConfidential(page: Page) {
	const left = await deviceData(page);
	const appFile = /^\/(_app\/|icons\/|favicon|before-hydration\.js$)/;
	expect(left.cached.filter((path) => !appFile.test(path))).toEqual([]);
	expect(left.storage).toEqual([]);
	expect(left.databases).toEqual([]);
}

async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
	const path = testInfo.outputPath(`${name}.png`);
	await page.screenshot({ path });
	await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('today’s session opens offline after a reload; marks and notes wait and arrive exactly once', async ({
	page,
	context
}, testInfo) => {
	const path = await openTodaysSession(page);
	const observations = page.getByRole('list', { name: '观察记录' }).getByRole('listitem');
	const text = '离线时记录：主动安慰同伴。';

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: /第 4 节/ })).toBeVisible();
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(banner(page)).toContainText('当前离线');
	// The session's plan was kept with it, although it was never opened.
	await page.getByRole('link', { name: '编辑方案' }).tap();
	await expect(page).toHaveURL(`${path}/plan`);
	await expect(page.getByRole('heading', { level: 1, name: /第 4 节/ })).toBeVisible();
	await expect(page.getByText('渐进式肌肉放松').first()).toBeVisible();
	await keepScreenshot(page, testInfo, 'offline-zh-plan');
	await page.goto(path);
	await page.locator('html[data-hydrated="true"]').waitFor();

	await card(page, 'M-001').getByRole('button').first().tap();
	await expect(card(page, 'M-001')).toContainText('尚未保存');
	await page.getByRole('group', { name: '记录方式' }).getByRole('button', { name: '观察' }).tap();
	await card(page, 'M-002').getByRole('button').first().tap();
	await page.getByLabel('观察内容').fill(text);
	await page.getByRole('button', { name: '保存观察' }).tap();
	await expect(page.getByRole('status').filter({ hasText: '已保存在本机' })).toBeVisible();
	await expect(banner(page)).toContainText('2 项更改等待发送');
	await keepScreenshot(page, testInfo, 'offline-zh-landscape');

	// Reloaded again with no network: the page and the waiting changes are still there.
	await page.reload();
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(card(page, 'M-001')).toContainText('尚未保存');
	await expect(banner(page)).toContainText('2 项更改等待发送');
	await page.setViewportSize({ width: 768, height: 1024 });
	await keepScreenshot(page, testInfo, 'offline-zh-portrait');

	// A page never opened on this device says plainly that it needs the network, and lists what does open.
	await page.getByRole('link', { name: '活动库' }).first().tap();
	await expect(page.getByRole('heading', { name: '此页面需要联网' })).toBeVisible();
	await keepScreenshot(page, testInfo, 'offline-zh-page-needs-network');
	await page.getByRole('link', { name: /带组/ }).tap();
	await expect(page).toHaveURL(path);
	await expect(banner(page)).toContainText('2 项更改等待发送');

	// Back online: both changes are sent, once.
	await page.setViewportSize({ width: 1024, height: 768 });
	await context.setOffline(false);
	await expect(banner(page)).toHaveCount(0, { timeout: 20_000 });
	await page.reload();
	await expect(card(page, 'M-001')).toContainText('出席');
	await expect(card(page, 'M-001')).not.toContainText('尚未保存');
	await expect(observations.filter({ hasText: text })).toHaveCount(1);

	// Only the pages of the room were kept: never sign-in, the API, exports or documents.
	const kept = await keptPages(page);
	for (const keptPath of kept) expect(keptPath).toMatch(/^\/(groups\/[^/]+(\/sessions\/[^/]+(\/plan)?)?)?$/);

	// Something of the person's in IndexedDB too, to show that signing out deletes it.
	await page.evaluate(
		() =>
			new Promise((resolve) => {
				indexedDB.open('gw-check').onsuccess = resolve;
			})
	);
	expect((await deviceData(page)).databases).toContain('gw-check');
	await page.getByRole('button', { name: '退出登录' }).first().tap();
	await expect(page).toHaveURL(/\/sign-in/);
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expectNothingConfidential(page);
});

test('a plan edited offline keeps the edit through a reload and saves it once the connection is back', async ({
	page,
	context
}, testInfo) => {
	const path = await openTodaysSession(page);
	await page.getByRole('link', { name: '编辑方案' }).tap();
	await expect(page).toHaveURL(`${path}/plan`);
	await page.locator('html[data-hydrated="true"]').waitFor();
	const minutes = () => page.getByRole('spinbutton', { name: /渐进式肌肉放松/ }).first();
	const before = await minutes().inputValue();
	const edited = before === '23' ? '24' : '23';

	await context.setOffline(true);
	await minutes().fill(edited);
	await minutes().press('Tab');
	await expect(banner(page)).toContainText('1 项更改等待发送');
	await expect(page.getByTestId('save-status')).toContainText('修改已保存在本机，联网后自动保存。');

	// The tab is reloaded (or the tablet closes it) before the connection is back: the edit is still there.
	await page.reload();
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(minutes()).toHaveValue(edited);
	await expect(banner(page)).toContainText('1 项更改等待发送');
	await keepScreenshot(page, testInfo, 'offline-zh-plan-edited');

	// Back online: saved, and nothing waits any more.
	await context.setOffline(false);
	await expect(banner(page)).toHaveCount(0, { timeout: 20_000 });
	await page.reload();
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(minutes()).toHaveValue(edited);
	expect((await deviceData(page)).storage.filter((key) => key.startsWith('gw.plan.'))).toEqual([]);
});

test('signing out with changes still waiting warns first, and leaves nothing on the device', async ({
	page,
	context
}, testInfo) => {
	await openTodaysSession(page, { english: true });

	await context.setOffline(true);
	await page.reload();
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(banner(page)).toContainText('You are offline.');
	await card(page, 'M-003').getByRole('button').first().tap();
	await expect(card(page, 'M-003')).toContainText('Not yet saved');
	await expect(banner(page)).toContainText('1 change is waiting to be sent.');
	await keepScreenshot(page, testInfo, 'offline-en-landscape');
	await page.setViewportSize({ width: 768, height: 1024 });
	await keepScreenshot(page, testInfo, 'offline-en-portrait');

	// Warned: staying keeps the change.
	await page.getByRole('button', { name: 'Sign out' }).first().tap();
	const dialog = page.getByRole('dialog', { name: 'Some changes have not been sent' });
	await expect(dialog).toContainText('1 attendance mark, note or plan edit has not reached the server yet.');
	await keepScreenshot(page, testInfo, 'offline-en-sign-out-warning');
	await dialog.getByRole('button', { name: 'Stay signed in' }).tap();
	await expect(dialog).toBeHidden();
	await expect(banner(page)).toContainText('1 change is waiting to be sent.');

	// Signing out anyway, still offline: the device is cleared at once, and the page says what is left to do.
	await page.getByRole('button', { name: 'Sign out' }).first().tap();
	await dialog.getByRole('button', { name: 'Delete them and sign out' }).tap();
	await expect(page.getByRole('heading', { name: 'Signing out needs a connection' })).toBeVisible();
	await keepScreenshot(page, testInfo, 'offline-en-sign-out-offline');
	await expectNothingConfidential(page);

	// Online again: the discarded mark never reached the server; signing out now ends the sign-in.
	await context.setOffline(false);
	await page.goto(page.url().replace(/\/sign-out$/, '/'));
	await page
		.locator('section[aria-labelledby="sessions-today"]')
		.getByRole('link', { name: /青少年情绪管理小组/ })
		.first()
		.tap();
	await expect(card(page, 'M-003')).not.toContainText('Present');
	await page.getByRole('button', { name: 'Sign out' }).first().tap();
	await expect(page).toHaveURL(/\/sign-in/);
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expectNothingConfidential(page);
});

test('the app is installable: a manifest in the reader’s language, with its icons', async ({ request }) => {
	for (const [locale, name] of [
		['zh-CN', '小组工作台'],
		['en', 'Group Work Studio']
	]) {
		const response = await request.get('/manifest.webmanifest', { headers: { cookie: `locale=${locale}` } });
		expect(response.headers()['content-type']).toContain('application/manifest+json');
		expect(response.headers()['x-content-type-options']).toBe('nosniff');
		const manifest = await response.json();
		expect(manifest).toMatchObject({ name, lang: locale, start_url: '/', display: 'standalone' });
		expect(manifest.theme_color).toBe('#0f766e');
		const purposes = manifest.icons.map(
			(icon: { purpose: string; sizes: string }) => `${icon.purpose} ${icon.sizes}`
		);
		expect(purposes).toEqual(expect.arrayContaining(['any 192x192', 'any 512x512', 'maskable 512x512']));
		for (const icon of manifest.icons) {
			const image = await request.get(icon.src);
			expect(image.headers()['content-type'], icon.src).toBe('image/png');
			// The PNG header's width: the size the manifest promises.
			expect((await image.body()).readUInt32BE(16), icon.src).toBe(Number(icon.sizes.split('x')[0]));
		}
	}
	const signInPage = await (await request.get('/sign-in')).text();
	expect(signInPage).toContain('<link rel="manifest" href="/manifest.webmanifest"');
});
