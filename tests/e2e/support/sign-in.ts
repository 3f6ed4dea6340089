import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo12345';
export const DEMO = {
	admin: 'admin@demo.org',
	supervisor: 'supervisor@demo.org',
	facilitator: 'facilitator@demo.org',
	coleader: 'coleader@demo.org'
} as const;

/** Signs in through the form, as a person would, and waits for the dashboard. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
	await page.goto('/sign-in');
	// Typing before hydration can be undone by it: wait until the page is interactive.
	await page.locator('html[data-hydrated="true"]').waitFor();
	await page.getByLabel(/邮箱|Email/).fill(email);
	await page.getByLabel(/密码|Password/).fill(password);
	await page.getByRole('button', { name: /^(登录|Sign in)$/ }).tap();
	await expect(page.getByRole('navigation', { name: /主导航|Main navigation/ })).toBeVisible();
}
