// Security in the browser: HTML typed into a group's name and background shows as literal text, the security
// headers are sent, the sign-in form reflects nothing as markup, and sign-in is rate-limited. These run on a
// server of their own (so that the rate limit, which also counts per address, locks out no other spec).
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { signInCookie, startServer, tempDataDir, trpc, type ServerProcess } from './support/server-process';

const PAYLOAD = `<img src=x onerror="window.__xss=1">`;
const SCRIPT = `<script>window.__xss=2</script>`;
let server: ServerProcess;
let dataDir: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	dataDir = tempDataDir();
	server = await startServer({ dataDir, env: { SIGN_IN_RATE_LIMIT: '100' } });
});
test.afterAll(async () => {
	await server?.kill();
	if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test('sends the security headers on pages and on the API', async ({ request }) => {
	for (const path of ['/sign-in', '/api/trpc/me.get']) {
		const response = await request.get(`${server.url}${path}`);
		const headers = response.headers();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBeTruthy();
		if (path === '/sign-in') {
			const csp = headers['content-security-policy'];
			expect(csp).toContain("frame-ancestors 'none'");
			expect(csp).toContain("object-src 'none'");
			expect(csp).toMatch(/script-src 'self'/);
		}
	}
});

test('shows HTML typed into a group as literal text, never as markup', async ({ page }) => {
	const cookie = await signInCookie(server.url, 'facilitator@demo.org', 'demo12345');
	const me = await trpc(server.url, cookie, 'me.get', undefined, 'query');
	const userId = (me.data as { userId: string }).userId;
	const today = new Date();
	const created = await trpc(
		server.url,
		cookie,
		'groups.create',
		{
			name: `安全 ${PAYLOAD}`,
			theme: 'TEEN_EMOTION',
			targetPopulation: SCRIPT,
			background: `${PAYLOAD} ${SCRIPT}`,
			needs: '',
			strengths: '',
			goals: [PAYLOAD],
			recruitmentCriteria: '',
			evaluationMethod: '',
			venue: '',
			capacity: 10,
			startDate: today.toISOString().slice(0, 10),
			weekday: today.getDay(),
			startTime: '15:00',
			sessionMinutes: 90,
			sessionCount: 2,
			leaders: [{ userId, role: 'LEAD' }],
			fromTemplate: false
		},
		'mutation'
	);
	test.skip(created.status === 404, 'no groups.create procedure in this build');
	expect(created.status, JSON.stringify(created.error)).toBe(200);
	const groupId =
		(created.data as { id?: string; groupId?: string }).id ?? (created.data as { groupId: string }).groupId;

	const [name, value] = cookie.split(';')[0].split('=');
	await page.context().addCookies([{ name, value, url: server.url }]);
	await page.goto(`${server.url}/groups/${groupId}`);
	await expect(page.getByText(`安全 ${PAYLOAD}`).first()).toBeVisible();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	await page.goto(`${server.url}/groups`);
	await expect(page.getByText(`安全 ${PAYLOAD}`).first()).toBeVisible();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test('reflects nothing typed into the sign-in form as markup', async ({ page }) => {
	await page.goto(`${server.url}/sign-in`);
	await page.getByLabel(/邮箱|Email/).fill(`a"><img src=x onerror="window.__xss=3">@example.org`);
	await page.getByLabel(/密码|Password/).fill('wrong-password');
	await page.getByRole('button', { name: /^(登录|Sign in)$/ }).tap();
	await expect(page.getByRole('alert').or(page.locator('[aria-live]')).first()).toBeVisible();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

// Last: after this, the test's address is over the limit on this server.
test('refuses the 101st quick sign-in attempt for one email with 429 and the too-many message', async ({
	playwright
}) => {
	const request = await playwright.request.newContext({ baseURL: server.url });
	const email = `nobody-${Date.now()}@example.invalid`;
	const statuses: number[] = [];
	let last = '';
	for (let i = 0; i < 102; i++) {
		const response = await request.post('/sign-in', {
			form: { email, password: `wrong-${i}` },
			headers: { origin: server.url, accept: 'text/html' },
			maxRedirects: 0
		});
		statuses.push(response.status());
		if (i === 101) last = await response.text();
	}
	await request.dispose();
	// The limit counts per email and per address (this address made a few sign-ins above): wrong passwords
	// answer 400 until the limit, then every attempt answers 429, by the 101st at the latest.
	const first = statuses.indexOf(429);
	expect(first, statuses.join(' ')).toBeGreaterThan(90);
	expect(first).toBeLessThanOrEqual(100);
	expect(statuses.slice(0, first).every((s) => s === 400)).toBe(true);
	expect(statuses.slice(first).every((s) => s === 429)).toBe(true);
	expect(last).toMatch(/登录尝试过多|Too many sign-in attempts/);
});
