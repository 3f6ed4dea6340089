// What this device keeps for the signed-in person, and clearing it: the pages the service worker kept, the app's
// localStorage (queues of unsent changes, the run timer), and the origin's IndexedDB databases.
import { OWNER_KEY, PAGE_CACHE_PREFIX, STORAGE_PREFIX } from './cache-policy';

/** Dispatched on window by a queue each time its stored changes change, so the banner counts them again. */
export const QUEUE_CHANGED_EVENT = 'gw:queue-changed';
/** Dispatched on window when the server answers 401: the sign-in session has ended. */
export const SESSION_ENDED_EVENT = 'gw:session-ended';

export function announceQueueChange() {
	if (typeof window !== 'undefined') window.dispatchEvent(new Event(QUEUE_CHANGED_EVENT));
}

function storageKeys(storage: Storage): string[] {
	const keys: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
	}
	return keys;
}

/** Deletes the pages kept for offline use (the app shell stays: it holds no one's data). */
export async function forgetPages() {
	if (typeof caches === 'undefined') return;
	for (const name of await caches.keys()) if (name.startsWith(PAGE_CACHE_PREFIX)) await caches.delete(name);
}

/**
 * Everything this device keeps for a person: at sign-out, and when another person signs in on it. Unsent changes
 * go too (the sign-out button warns first): they belong to the person who signed out, and are never sent in
 * another person's name.
 */
export async function wipeDevice() {
	for (const key of storageKeys(localStorage)) localStorage.removeItem(key);
	for (const key of storageKeys(sessionStorage)) sessionStorage.removeItem(key);
	announceQueueChange();
	await forgetPages();
	if (typeof indexedDB !== 'undefined' && 'databases' in indexedDB) {
		for (const db of await indexedDB.databases())
			if (db.name)
				await new Promise<void>((resolve) => {
					const request = indexedDB.deleteDatabase(db.name!);
					request.onsuccess = request.onerror = request.onblocked = () => resolve();
				});
	}
}

/**
 * The sign-in session ended (the server answered 401, or showed the sign-in page): the kept pages go, the queued
 * changes and the run timer stay, so that the same person signing in again sends them (see `claimDevice`).
 */
export async function sessionEnded() {
	await forgetPages();
}

/**
 * Called as a signed-in page starts, with the person and organization it is for (before the run screen's queues read localStorage): a device that holds
 * another person's data is wiped first. Returns the promise of that wipe, or null when the device is this
 * person's already.
 */
export function claimDevice(owner: string): Promise<void> | null {
	const previous = localStorage.getItem(OWNER_KEY);
	// No owner: a device just signed out of (wiped then) or from before owners were recorded: this person's now.
	const wiped = previous && previous !== owner ? wipeDevice() : null;
	localStorage.setItem(OWNER_KEY, owner);
	return wiped;
}
