import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimDevice, QUEUE_CHANGED_EVENT, wipeDevice } from './device';

function stubDevice(entries: Record<string, string>, cacheNames: string[]) {
	const store = new Map(Object.entries(entries));
	const storage = {
		get length() {
			return store.size;
		},
		key: (i: number) => [...store.keys()][i] ?? null,
		getItem: (k: string) => store.get(k) ?? null,
		setItem: (k: string, v: string) => void store.set(k, v),
		removeItem: (k: string) => void store.delete(k)
	};
	const caches = new Set(cacheNames);
	const deleted: string[] = [];
	vi.stubGlobal('window', new EventTarget());
	vi.stubGlobal('localStorage', storage);
	vi.stubGlobal('sessionStorage', { ...storage, length: 0, key: () => null });
	vi.stubGlobal('caches', {
		keys: async () => [...caches],
		delete: async (name: string) => caches.delete(name)
	});
	vi.stubGlobal('indexedDB', {
		databases: async () => [{ name: 'gw-photos' }],
		deleteDatabase: (name: string) => {
			deleted.push(name);
			const request: Record<string, () => void> = {};
			queueMicrotask(() => request.onsuccess?.());
			return request;
		}
	});
	return { store, caches, deleted };
}

afterEach(() => vi.unstubAllGlobals());

describe('clearing the device', () => {
	it('at sign-out deletes the kept pages, the app’s storage and the databases, but not the app shell', async () => {
		const device = stubDevice(
			{ 'gw.notes.s1': '[{"key":"a"}]', 'gw.timer.s1': '{}', 'gw.owner': 'u1@o1', locale: 'x' },
			['gw-shell-1', 'gw-pages-1']
		);
		const changed = vi.fn();
		window.addEventListener(QUEUE_CHANGED_EVENT, changed);
		await wipeDevice();
		expect([...device.store.keys()]).toEqual(['locale']);
		expect([...device.caches]).toEqual(['gw-shell-1']);
		expect(device.deleted).toEqual(['gw-photos']);
		expect(changed).toHaveBeenCalled();
	});

	it('keeps the data of the person who signs in again, queues included', async () => {
		const device = stubDevice({ 'gw.notes.s1': '[{"key":"a"}]', 'gw.owner': 'u1@o1' }, ['gw-pages-1']);
		expect(claimDevice('u1@o1')).toBeNull();
		expect(device.store.get('gw.notes.s1')).toBe('[{"key":"a"}]');
		expect([...device.caches]).toEqual(['gw-pages-1']);
	});

	it('wipes another person’s data, unsent changes too, before a new person uses the device', async () => {
		const device = stubDevice({ 'gw.notes.s1': '[{"key":"a"}]', 'gw.owner': 'u1@o1' }, ['gw-pages-1']);
		const wiped = claimDevice('u2@o1');
		// The queues are gone before the page that would send them starts.
		expect(device.store.has('gw.notes.s1')).toBe(false);
		expect(device.store.get('gw.owner')).toBe('u2@o1');
		await wiped;
		expect([...device.caches]).toEqual([]);
	});

	it('takes a device with no owner as it is', () => {
		const device = stubDevice({ 'gw.attendance.s1': '[{"key":"a"}]' }, []);
		expect(claimDevice('u1@o1')).toBeNull();
		expect(device.store.get('gw.attendance.s1')).toBe('[{"key":"a"}]');
		expect(device.store.get('gw.owner')).toBe('u1@o1');
	});
});
