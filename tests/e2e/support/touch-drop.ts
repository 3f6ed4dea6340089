import type { Locator, Page } from '@playwright/test';

/**
 * A finger drag from `from` to a point inside `to` (`at` is the fraction of its height), the last bit in one quick
 * move, held still there for `holdMs` before it lifts; `beforeRelease` is asked what the screen shows just before
 * it lifts (the drop indicator).
 */
export async function touchDropAt<T>(
	page: Page,
	from: Locator,
	to: Locator,
	options: { at: number; holdMs: number; beforeRelease: () => Promise<T> }
): Promise<{ shown: T; atDrop: T }> {
	const { at, holdMs, beforeRelease } = options;
	const a = (await from.boundingBox())!;
	const b = (await to.boundingBox())!;
	const cdp = await page.context().newCDPSession(page);
	const start = { x: a.x + 40, y: a.y + a.height / 2 };
	const end = { x: b.x + b.width / 2, y: b.y + b.height * at };
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
	await page.waitForTimeout(200);
	// The finger glides to just above the target, rests there, then makes one last quick move onto it.
	const above = { x: end.x, y: b.y - 24 };
	const steps = 20;
	for (let i = 1; i <= steps; i++) {
		const point = {
			x: start.x + ((above.x - start.x) * i) / steps,
			y: start.y + ((above.y - start.y) * i) / steps
		};
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
		await page.waitForTimeout(30);
	}
	await page.waitForTimeout(500);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [end] });
	await page.waitForTimeout(holdMs);
	const shown = await beforeRelease();
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
	// What the indicator shows as the drop is made, once it has caught up with where the finger lifted: its last
	// place before it goes (read until the drop is done, so a slow machine cannot read it after it has gone).
	let atDrop = shown;
	for (const started = Date.now(); Date.now() - started < 1500;) {
		const now = await beforeRelease();
		if (now === -1 || now === null || now === undefined) break;
		atDrop = now;
	}
	return { shown, atDrop };
}
