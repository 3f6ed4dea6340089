import type { Handle } from '@sveltejs/kit';
import { config } from '../config';

/**
 * Where a request's time went, in milliseconds: `start` is `performance.now()` when the request arrived,
 * `session` what resolving the sign-in took (written by the session handle), `procedures` the wall-clock time
 * during which at least one tRPC procedure ran (so two procedures of one load run side by side count once).
 */
export interface RequestTiming {
	start: number;
	session?: number;
	procedures: number;
}

/** Procedures running now, and since when, per request: the timing object itself keeps the contract's shape. */
const running = new WeakMap<RequestTiming, { count: number; since: number }>();

/** Marks a procedure as started; the returned function marks it as done. */
export function procedureStarted(timing: RequestTiming): () => void {
	const now = performance.now();
	const state = running.get(timing);
	if (state && state.count > 0) state.count++;
	else running.set(timing, { count: 1, since: now });
	return () => {
		const current = running.get(timing)!;
		if (--current.count === 0) timing.procedures += performance.now() - current.since;
	};
}

const ms = (value: number) => Math.max(0, value).toFixed(1);

/** The header's value: render is what is left of the whole once the session and the procedures are taken out. */
export function serverTimingHeader(timing: RequestTiming, end: number): string {
	const total = end - timing.start;
	const session = timing.session ?? 0;
	const parts = [
		...(timing.session === undefined ? [] : [`session;dur=${ms(session)}`]),
		`procedures;dur=${ms(timing.procedures)}`,
		`render;dur=${ms(total - session - timing.procedures)}`,
		`total;dur=${ms(total)}`
	];
	return parts.join(', ');
}

/**
 * First in the hooks' sequence: starts the request's timing, and on the way out (once the page is rendered)
 * sets `Server-Timing` when SERVER_TIMING=1. Off by default, since timings can tell an outsider what a request did.
 */
export const serverTiming: Handle = async ({ event, resolve }) => {
	const timing: RequestTiming = { start: performance.now(), procedures: 0 };
	event.locals.timing = timing;
	const response = await resolve(event);
	if (config().serverTiming)
		response.headers.set('Server-Timing', serverTimingHeader(timing, performance.now()));
	return response;
};
