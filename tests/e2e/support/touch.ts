import type { Locator, Page } from '@playwright/test';

/** A real touch drag through Chromium's input pipeline (touchstart, moves, touchend), as a finger would. */
export async function touchDrag(page: Page, from: Locator, to: Locator) {
	await from.scrollIntoViewIfNeeded();
	const a = (await from.boundingBox())!;
	const b = (await to.boundingBox())!;
	const viewport = page.viewportSize()!;
	const cdp = await page.context().newCDPSession(page);
	const start = { x: a.x + 40, y: a.y + a.height / 2 };
	// The lower end of the plan that is on screen: dropping there appends the step.
	const end = {
		x: b.x + b.width / 2,
		y: Math.max(b.y + 10, Math.min(b.y + b.height - 10, viewport.height - 10))
	};
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
	await page.waitForTimeout(200);
	const steps = 20;
	for (let i = 1; i <= steps; i++) {
		const point = {
			x: start.x + ((end.x - start.x) * i) / steps,
			y: start.y + ((end.y - start.y) * i) / steps
		};
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
		await page.waitForTimeout(30);
	}
	await page.waitForTimeout(200);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
	// The planner holds a release until its drop indicator has caught up (settle-drop.ts): the drag is over once
	// the indicator (the library's shadow item) is gone, and only then may the next gesture start.
	await page.waitForFunction(() => !document.querySelector('[data-is-dnd-shadow-item-internal]'));
}
