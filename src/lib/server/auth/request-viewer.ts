import type { RequestEvent } from '@sveltejs/kit';
import type { Viewer } from '../../domain/viewer';
import { database } from '../db';
import { realtime } from '../realtime/bus';
import { getAuth } from './index';
import { createSessionResolver, type SessionResolver } from './session-resolver';

let resolver: Promise<SessionResolver> | undefined;

/** The process's session resolver: the app's database, better-auth, and the realtime bus between instances. */
export function sessionResolver(): Promise<SessionResolver> {
	resolver ??= Promise.all([database(), getAuth(), realtime()]).then(([db, auth, bus]) =>
		createSessionResolver({ prisma: db.prisma, auth, bus })
	);
	return resolver;
}

/** The request's viewer (null: signed out), timed into `locals.timing.session` when the request is being timed. */
export async function viewerOfRequest(event: RequestEvent): Promise<Viewer | null> {
	const started = performance.now();
	const viewer = await (
		await sessionResolver()
	).resolve({ cookie: (name) => event.cookies.get(name), headers: event.request.headers });
	recordSessionTime(event, performance.now() - started);
	return viewer;
}

/** `locals.timing` is the Server-Timing handle's (declared there); read loosely so this file stands without it. */
function recordSessionTime(event: RequestEvent, ms: number) {
	const locals = event.locals as { timing?: { session?: number } };
	if (locals.timing) locals.timing.session = ms;
}
