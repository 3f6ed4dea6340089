import { error, type RequestEvent } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { database } from '../db';
import { createCaller } from '../routers';
import type { Context } from './context';
import { toTRPCError } from './errors';

type ContextEvent = Pick<RequestEvent, 'locals'> & Partial<Pick<RequestEvent, 'getClientAddress'>>;

export async function contextFor(event: ContextEvent): Promise<Context> {
	const { prisma } = await database();
	return {
		prisma,
		viewer: event.locals.viewer,
		locale: event.locals.locale,
		clientAddress: event.getClientAddress?.() ?? null,
		timing: event.locals.timing
	};
}

/** The same routers the browser calls, for page loads on the server. */
export async function serverCaller(event: ContextEvent) {
	return createCaller(await contextFor(event));
}

const statusOf: Partial<Record<TRPCError['code'], number>> = {
	BAD_REQUEST: 400,
	UNAUTHORIZED: 401,
	FORBIDDEN: 403,
	NOT_FOUND: 404,
	CONFLICT: 409,
	TOO_MANY_REQUESTS: 429
};

/** Runs a load's calls; a refused call becomes SvelteKit's error page (403, 404) instead of a 500. */
export async function loadOrError<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (thrown) {
		// A route may also call a service directly (a document build): its AppError is mapped here.
		const cause = thrown instanceof TRPCError ? thrown : (toTRPCError(thrown) ?? thrown);
		if (cause instanceof TRPCError && statusOf[cause.code])
			error(statusOf[cause.code]!, { message: cause.message, key: cause.message });
		throw thrown;
	}
}
