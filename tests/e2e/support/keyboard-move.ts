import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moves a plan step up one place by keyboard alone (Space, ArrowUp, Space), as a keyboard or screen-reader user
 * would, and waits for each announcement of svelte-dnd-action's live region between the keys. A pick-up that the
 * list did not take (the announcement does not come) is tried once more, as a person would press Space again.
 */
export async function moveUpByKeyboard(page: Page, item: Locator) {
	const title = (await item.getAttribute('aria-label')) ?? '';
	const alert = page.locator('#dnd-action-aria-alert');
	await item.focus();
	await page.keyboard.press('Space');
	try {
		await expect(alert).toContainText(`开始移动“${title}”`, { timeout: 2_000 });
	} catch {
		await item.focus();
		await page.keyboard.press('Space');
		await expect(alert).toContainText(`开始移动“${title}”`);
	}
	await page.keyboard.press('ArrowUp');
	await expect(alert).toContainText(`“${title}”已移到`);
	await page.keyboard.press('Space');
	await expect(alert).toContainText(`“${title}”已放在`);
}
