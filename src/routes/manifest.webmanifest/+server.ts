import type { RequestHandler } from './$types';
import { translate } from '$lib/i18n';

/**
 * The web app manifest, in the language of the locale cookie (app.html asks for it with credentials): the name
 * under the icon on the home screen is the reader's.
 */
export const GET: RequestHandler = ({ locals }) => {
	const locale = locals.locale;
	const manifest = {
		id: '/',
		name: translate(locale, 'offline.manifest.name'),
		short_name: translate(locale, 'offline.manifest.shortName'),
		description: translate(locale, 'offline.manifest.description'),
		lang: locale,
		dir: 'ltr',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		orientation: 'any',
		theme_color: '#0f766e',
		background_color: '#f8fafc',
		icons: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
			{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		]
	};
	return new Response(JSON.stringify(manifest), {
		headers: {
			'content-type': 'application/manifest+json; charset=utf-8',
			'cache-control': 'no-cache',
			vary: 'Cookie'
		}
	});
};
