import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OfflineStatus } from './offline-status.svelte';
import { announceQueueChange, SESSION_ENDED_EVENT } from './device';

function stubDevice() {
	const store = new Map<string, string>();
	const navigator = {
		onLine: true,
		serviceWorker: { controller: { postMessage: vi.fn() } }
	};
	vi.stubGlobal('window', new EventTarget());
	vi.stubGlobal('navigator', navigator);
	vi.stubGlobal('location', { href: 'http://localhost/groups/g1/sessions/s1' });
	vi.stubGlobal('localStorage', {
		get length() {
			return store.size;
		},
		key: (i: number) => [...store.keys()][i] ?? null,
		getItem: (k: string) => store.get(k) ?? null,
		setItem: (k: string, v: string) => void store.set(k, v),
		removeItem: (k: string) => void store.delete(k)
	});
	const caches = new Set(['gw-shell-1', 'gw-pages-1']);
	vi.stubGlobal('caches', { keys: async () => [...caches], delete: async (n: string) => caches.delete(n) });
	return { store, navigator, caches };
}

let device: ReturnType<typeof stubDevice>;
beforeEach(() => {
	vi.useFakeTimers();
	device = stubDevice();
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('the offline banner’s status', () => {
	it('counts the changes waiting from every session, and again whenever a queue changes', () => {
		device.store.set('gw.attendance.s1', JSON.stringify([{ key: 'a' }, { key: 'b' }]));
		const status = new OfflineStatus();
		const stop = status.start();
		expect(status.waiting).toBe(2);
		device.store.set('gw.notes.s2', JSON.stringify([{ key: 'c' }]));
		announceQueueChange();
		expect(status.waiting).toBe(3);
		stop();
	});

	it('follows the connection', () => {
		device.navigator.onLine = false;
		const status = new OfflineStatus();
		const stop = status.start();
		expect(status.online).toBe(false);
		device.navigator.onLine = true;
		window.dispatchEvent(new Event('online'));
		expect(status.online).toBe(true);
		window.dispatchEvent(new Event('offline'));
		expect(status.online).toBe(false);
		stop();
	});

	it('once everything is sent, has the kept copy of the page fetched again, once', () => {
		device.store.set('gw.notes.s1', JSON.stringify([{ key: 'a' }]));
		const status = new OfflineStatus();
		const stop = status.start();
		device.store.delete('gw.notes.s1');
		announceQueueChange();
		announceQueueChange();
		vi.advanceTimersByTime(5000);
		const post = device.navigator.serviceWorker.controller.postMessage;
		expect(post).toHaveBeenCalledTimes(1);
		expect(post).toHaveBeenCalledWith({
			type: 'refresh-page',
			url: 'http://localhost/groups/g1/sessions/s1'
		});
		stop();
	});

	it('fetches nothing again while changes are still waiting or the device is offline', () => {
		device.store.set('gw.notes.s1', JSON.stringify([{ key: 'a' }]));
		const status = new OfflineStatus();
		const stop = status.start();
		announceQueueChange();
		device.navigator.onLine = false;
		device.store.delete('gw.notes.s1');
		announceQueueChange();
		vi.advanceTimersByTime(5000);
		expect(device.navigator.serviceWorker.controller.postMessage).not.toHaveBeenCalled();
		stop();
	});

	it('deletes the kept pages when the server says the sign-in ended, and keeps the app shell', async () => {
		const stop = new OfflineStatus().start();
		window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
		await vi.waitFor(() => expect([...device.caches]).toEqual(['gw-shell-1']));
		stop();
	});
});
