import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n/types';
import { safeRedirect } from '$lib/domain/safe-redirect';

/** Switches the language (a plain form post, so it works before JavaScript loads) and goes back. */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const form = await request.formData();
	const locale = form.get('locale');
	if (isLocale(locale)) {
		cookies.set(LOCALE_COOKIE, locale, {
			path: '/',
			maxAge: 60 * 60 * 24 * 365,
			httpOnly: false,
			sameSite: 'lax',
			secure: url.protocol === 'https:'
		});
	}
	redirect(303, safeRedirect(form.get('redirectTo')));
};
