import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { svelteKitHandler } from 'better-auth/svelte-kit';
import { database } from '$lib/server/db';
import { getAuth } from '$lib/server/auth';
import { viewerFor } from '$lib/server/trpc/context';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from '$lib/i18n/types';

/** Opens the database at start-up: migrations are applied and an empty database is seeded before serving. */
export const init: ServerInit = async () => {
	await database();
};

const locale: Handle = ({ event, resolve }) => {
	const cookie = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(cookie) ? cookie : DEFAULT_LOCALE;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale) });
};

const session: Handle = async ({ event, resolve }) => {
	event.locals.viewer = null;
	const auth = await getAuth();
	const current = await auth.api.getSession({ headers: event.request.headers });
	if (current) {
		const { prisma } = await database();
		event.locals.viewer = await viewerFor(prisma, current.user, current.session.id);
	}
	return svelteKitHandler({ event, resolve, auth, building });
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	return response;
};

export const handle = sequence(securityHeaders, locale, session);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: 'errors.INTERNAL_SERVER_ERROR', key: 'errors.INTERNAL_SERVER_ERROR' };
};
