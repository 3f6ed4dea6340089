import { expect, test, type Cookie, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo12345';
export const DEMO = {
	admin: 'admin@demo.org',
	supervisor: 'supervisor@demo.org',
	facilitator: 'facilitator@demo.org',
	coleader: 'coleader@demo.org'
} as const;

const mainNavigation = (page: Page) => page.getByRole('navigation', { name: /主导航|Main navigation/ });

/** Signs in through the form, as a person would, and waits for the dashboard. */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD) {
	await page.goto('/sign-in');
	// Typing before hydration can be undone by it: wait until the page is interactive.
	await page.locator('html[data-hydrated="true"]').waitFor();
	await page.getByLabel(/邮箱|Email/).fill(email);
	await page.getByLabel(/密码|Password/).fill(password);
	await page.getByRole('button', { name: /^(登录|Sign in)$/ }).tap();
	await expect(mainNavigation(page)).toBeVisible();
}

/**
 * The session cookies of each account signed in during this spec file (one worker runs a whole file against its own
 * server), by server and email: every later test, and every second browser of a test, reuses the session instead of
 * filling in the form again (the form itself is tested in foundation.spec.ts and security.spec.ts).
 */
const sessions = new Map<string, Cookie[]>();
const SESSION_COOKIE = /session_token|session_data/;
const isSessionCookie = (c: Cookie) => SESSION_COOKIE.test(c.name);

/** Posts the sign-in form from the page's own context (its cookie jar), as the browser does without JavaScript. */
async function postSignIn(page: Page, origin: string, email: string, password: string) {
	const response = await page.request.post(`${origin}/sign-in`, {
		form: { email, password },
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status(), `sign-in as ${email}`).toBe(303);
}

/**
 * Signs in and waits for the dashboard. A demo account's session is made once per spec file by posting the form
 * and then shared (a test that signs out revokes it: the next one then signs in afresh); any other account, or a
 * password other than the demo one, goes through the form.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
	if (password !== DEMO_PASSWORD || !(Object.values(DEMO) as string[]).includes(email))
		return signInThroughForm(page, email, password);
	const origin = new URL(test.info().project.use.baseURL!).origin;
	const key = `${origin} ${email}`;
	const context = page.context();
	const cached = sessions.get(key);
	// Another account's session in this browser is replaced, not mixed with this one's cookies.
	await context.clearCookies({ name: SESSION_COOKIE });
	if (cached) {
		await context.addCookies(cached);
		await page.goto('/');
		// Still signed in unless a test signed this account out (or its session was ended otherwise).
		if (!new URL(page.url()).pathname.startsWith('/sign-in')) {
			await expect(mainNavigation(page)).toBeVisible();
			return;
		}
		sessions.delete(key);
	}
	await postSignIn(page, origin, email, password);
	sessions.set(key, (await context.cookies(origin)).filter(isSessionCookie));
	await page.goto('/');
	await expect(mainNavigation(page)).toBeVisible();
}
