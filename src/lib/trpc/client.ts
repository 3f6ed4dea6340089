import {
	createTRPCClient,
	httpBatchLink,
	httpLink,
	httpSubscriptionLink,
	splitLink,
	TRPCClientError
} from '@trpc/client';
import type { AppRouter } from '$lib/server/routers';
import { transformer } from './transformer';
import { MAX_BATCH_CALLS } from './limits';
import { SESSION_ENDED_EVENT } from '$lib/offline/device';

/** Tells the app when the server no longer knows this sign-in: the pages kept for offline use are deleted. */
const watchedFetch: typeof fetch = async (input, init) => {
	const response = await fetch(input, init);
	if (response.status === 401) window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
	return response;
};

/** The browser's tRPC client: queries and mutations batched over fetch, subscriptions over SSE. */
export const trpc = createTRPCClient<AppRouter>({
	links: [
		splitLink({
			condition: (op) => op.type === 'subscription',
			true: httpSubscriptionLink({ url: '/api/trpc', transformer }),
			false: httpBatchLink({
				url: '/api/trpc',
				transformer,
				maxURLLength: 4000,
				maxItems: MAX_BATCH_CALLS,
				fetch: watchedFetch
			})
		})
	]
});

/** Browsers allow 64 KiB of keepalive bodies in flight per page; a larger body goes as an ordinary request. */
const KEEPALIVE_MAX_BYTES = 60_000;

const keepaliveFetch = (input: RequestInfo | URL, init?: RequestInit) => {
	const bytes = typeof init?.body === 'string' ? new TextEncoder().encode(init.body).length : Infinity;
	return fetch(input, { ...init, keepalive: bytes <= KEEPALIVE_MAX_BYTES });
};

/**
 * For saves that must finish even when the page is hidden or left: each call is sent at once (no batching
 * timer, which never fires during unload) with `keepalive`, so the browser completes it after the page is gone.
 */
export const trpcKeepalive = createTRPCClient<AppRouter>({
	links: [httpLink({ url: '/api/trpc', transformer, fetch: keepaliveFetch })]
});

export interface ClientErrorInfo {
	/** A message key to translate. */
	key: string;
	status: number | null;
	fieldErrors: { path: string; key: string; params?: Record<string, number> }[];
	/** Values for the message's placeholders (e.g. a member's code). */
	params?: Record<string, string | number>;
}

/**
 * Whether a failed call may succeed when sent again unchanged: no connection, the server busy or down, or the
 * sign-in expired (saved once the person signs in again). Anything else is a refusal of what was sent.
 */
export function isResendable(status: number | null) {
	return status === null || status === 401 || status === 408 || status === 429 || status >= 500;
}

/** What the UI needs from a failed call: a message key, and the fields to mark. */
export function errorInfo(error: unknown): ClientErrorInfo {
	if (error instanceof TRPCClientError) {
		const data = error.data as
			| {
					httpStatus?: number;
					fieldErrors?: ClientErrorInfo['fieldErrors'] | null;
					params?: ClientErrorInfo['params'];
			  }
			| undefined;
		if (!data) return { key: 'errors.network', status: null, fieldErrors: [] };
		return {
			key:
				error.message.startsWith('errors.') || error.message.includes('.')
					? error.message
					: 'errors.INTERNAL_SERVER_ERROR',
			status: data.httpStatus ?? null,
			fieldErrors: data.fieldErrors ?? [],
			params: data.params
		};
	}
	return { key: 'errors.network', status: null, fieldErrors: [] };
}
