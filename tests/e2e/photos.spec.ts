import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/sign-in';
import { stripedPng } from '../integration/support/images';

/** Opens today's session of the teen group from the dashboard, as a facilitator would. */
async function openTodaysSession(page: Page) {
	await signIn(page, DEMO.facilitator).catch(() => signIn(page, DEMO.facilitator));
	await page
		.locator('section[aria-labelledby="sessions-today"]')
		.getByRole('link', { name: /青少年情绪管理小组|Teen/ })
		.first()
		.tap();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.locator('html[data-hydrated="true"]').waitFor();
}

const photo = (name: string, width = 640, height = 480) => ({
	name,
	mimeType: 'image/png',
	buffer: stripedPng(width, height)
});

test('a facilitator uploads a photo of the signed sign-in sheet and sees it', async ({ page }) => {
	await openTodaysSession(page);
	const section = page.getByRole('region', { name: '照片与签到表' });
	await section.scrollIntoViewIfNeeded();
	await section.getByRole('button', { name: '签到表', exact: true }).tap();
	await section.getByLabel('从相册选择').setInputFiles(photo('sheet.png', 2400, 1800));
	await expect(section.getByRole('img', { name: '待上传照片预览' })).toBeVisible();
	await section.getByLabel('说明（选填）').fill('第 4 节签到表');
	await section.getByRole('button', { name: '上传', exact: true }).tap();
	await expect(section.getByRole('status')).toHaveText('照片已上传。');

	const thumbnail = section.getByRole('img', { name: '签到表，第 1 张' });
	await expect(thumbnail).toBeVisible();
	await expect(section).toContainText('第 4 节签到表');
	// The browser decoded the served image: resized on the tablet to at most 1600 px on the long side.
	await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600);
	const src = await thumbnail.getAttribute('src');
	const response = await page.request.get(src!);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/jpeg');
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	expect(response.headers()['cache-control']).toBe('private, no-store');
	expect(response.headers()['content-disposition']).toMatch(/^inline; filename=/);
	await page.screenshot({ path: 'test-results/photos-landscape.png', fullPage: true });

	// Signed out, the same address answers nothing of the photo.
	const anonymous = await page.context().browser()!.newContext();
	const refused = await anonymous.request.get(new URL(src!, page.url()).toString());
	expect(refused.status()).toBe(401);
	expect(refused.headers()['content-type']).not.toMatch(/^image\//);
	await anonymous.close();

	// Its author deletes it, in two taps.
	await section.getByRole('button', { name: '删除 · 签到表，第 1 张' }).tap();
	await section.getByRole('button', { name: '删除', exact: true }).tap();
	await expect(section.getByRole('status')).toHaveText('照片已删除。');
	await expect(thumbnail).toHaveCount(0);
	expect((await page.request.get(src!)).status()).toBe(404);
});

test('a photo tagged with a member who has not consented to photos is refused, naming the member', async ({
	page
}) => {
	await page.setViewportSize({ width: 768, height: 1024 });
	await openTodaysSession(page);
	const section = page.getByRole('region', { name: '照片与签到表' });
	await section.scrollIntoViewIfNeeded();
	await expect(section.getByText('本节还没有照片。')).toBeVisible();
	await section.getByRole('button', { name: '活动照片', exact: true }).tap();
	await section.getByLabel('从相册选择').setInputFiles(photo('activity.png'));
	// The demo's members consent to notes and measures, not to photos: the chip says so before upload.
	const chip = section.getByRole('button', { name: /^M-001/ });
	await expect(chip).toContainText('未同意拍照');
	await chip.tap();
	await expect(chip).toHaveAttribute('aria-pressed', 'true');
	await section.getByRole('button', { name: '上传', exact: true }).tap();
	await expect(section.getByRole('alert')).toHaveText(
		'组员 M-001 未同意拍照（或已撤回同意），不能上传显示该组员的照片。'
	);
	await expect(section.getByRole('listitem')).toHaveCount(0);
	await page.screenshot({ path: 'test-results/photos-portrait-refused.png', fullPage: true });

	// In English too.
	await page.context().addCookies([{ name: 'locale', value: 'en', url: page.url() }]);
	await page.reload();
	await page.locator('html[data-hydrated="true"]').waitFor();
	const english = page.getByRole('region', { name: 'Photos and sign-in sheet' });
	await english.getByLabel('Choose from the gallery').setInputFiles(photo('activity.png'));
	await english.getByRole('button', { name: /^M-001/ }).tap();
	await english.getByRole('button', { name: 'Upload', exact: true }).tap();
	await expect(english.getByRole('alert')).toContainText('Member M-001 has not consented to photos');
	await page.screenshot({ path: 'test-results/photos-portrait-en.png', fullPage: true });
});

test('an upload over the request body limit is refused with a 4xx', async ({ page }) => {
	await signIn(page, DEMO.facilitator).catch(() => signIn(page, DEMO.facilitator));
	const response = await page.request.post('/api/trpc/photos.upload', {
		headers: { 'content-type': 'application/json' },
		data: JSON.stringify({ json: { sessionId: 'x', kind: 'ACTIVITY', data: 'A'.repeat(700_000) } })
	});
	expect(response.status()).toBe(413);
	expect(await response.json()).toMatchObject({ error: { json: { message: 'errors.PAYLOAD_TOO_LARGE' } } });
});
