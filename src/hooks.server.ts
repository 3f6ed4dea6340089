import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { database } from '$lib/server/db';
import { viewerOfRequest } from '$lib/server/auth/request-viewer';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from '$lib/i18n/types';
import { securityHeaders } from '$lib/server/http/security-headers.js';
import { serverTiming } from '$lib/server/http/server-timing';

/** Opens the database at start-up: migrations are applied and an empty database is seeded before serving. */
export const init: ServerInit = async () => {
	await database();
};

const locale: Handle = ({ event, resolve }) => {
	const cookie = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(cookie) ? cookie : DEFAULT_LOCALE;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale) });
};

/**
 * better-auth's HTTP endpoints are not mounted (no `svelteKitHandler`): the app signs in, reads the session and
 * signs out through `auth.api` on the server, behind its own rules (the sign-in limiter, active membership,
 * profile changes only through admin procedures). So `/api/auth/*` is answered by SvelteKit like any unknown path:
 * 404. The session cookie is still read here, on every request: through a cache that revocations empty on every
 * instance (auth/session-resolver.ts). A deactivated person's session is ended, not only ignored.
 */
const session: Handle = async ({ event, resolve }) => {
	event.locals.viewer = await viewerOfRequest(event);
	return resolve(event);
};

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of securityHeaders(event.url.protocol === 'https:'))
		response.headers.set(name, value);
	return response;
};

export const handle = sequence(serverTiming, headers, locale, session);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: 'errors.INTERNAL_SERVER_ERROR', key: 'errors.INTERNAL_SERVER_ERROR' };
};
