import { TRPCClientError } from '@trpc/client';
import { vi } from 'vitest';

/** The browser pieces the run screen's queues use, in a unit test: window events, onLine, localStorage. */
export function stubBrowser() {
	const store = new Map<string, string>();
	const navigator = { onLine: true };
	vi.stubGlobal('window', new EventTarget());
	vi.stubGlobal('navigator', navigator);
	vi.stubGlobal('localStorage', {
		getItem: (k: string) => store.get(k) ?? null,
		setItem: (k: string, v: string) => void store.set(k, v),
		removeItem: (k: string) => void store.delete(k)
	});
	return {
		store,
		goOffline: () => {
			navigator.onLine = false;
			window.dispatchEvent(new Event('offline'));
		},
		goOnline: () => {
			navigator.onLine = true;
			window.dispatchEvent(new Event('online'));
		}
	};
}

/** A failed call as the tRPC client reports it: no answer at all, or an HTTP status with a message key. */
export function callError(status: number | null, key = 'errors.BAD_REQUEST') {
	if (status === null) return new TRPCClientError('fetch failed');
	const result = { error: { message: key, code: -32600, data: { httpStatus: status } } };
	return new TRPCClientError(key, { result } as ConstructorParameters<typeof TRPCClientError>[1]);
}
