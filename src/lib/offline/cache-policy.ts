// Which answers the service worker keeps on the device, shared by the worker (src/service-worker.ts), the pages
// that clear the device, and their tests. Pure: no browser API here.

/** The app's code and static files of one build: nothing confidential, replaced with each new version. */
export const SHELL_CACHE_PREFIX = 'gw-shell-';
/** Pages opened while online, for use offline: confidential, cleared at sign-out and when a session ends. */
export const PAGE_CACHE_PREFIX = 'gw-pages-';

/** Every key the app itself writes to localStorage starts with this. */
export const STORAGE_PREFIX = 'gw.';
/** The queues' keys: `gw.attendance.<sessionId>` and `gw.notes.<sessionId>`, each a JSON array of changes. */
export const QUEUE_PREFIXES = ['gw.attendance.', 'gw.notes.', 'gw.plan.'] as const;
/** A session plan's edits not yet saved (`gw.plan.<sessionId>`): one JSON object, one waiting change. */
export const PLAN_DRAFT_PREFIX = 'gw.plan.';
/** Whose data this device holds (a user id), so another person signing in on it starts with an empty device. */
export const OWNER_KEY = 'gw.owner';

const ID = '[^/]+';
/**
 * The pages a facilitator needs in the room, and only those: the dashboard (today's sessions), a group's overview,
 * and a session's run screen (with its member cards) and plan. Everything else (sign-in, exports, documents,
 * records, outcomes, the API) is never stored by the worker.
 */
const KEPT_OFFLINE = [
	/^\/$/,
	new RegExp(`^/groups/${ID}$`),
	new RegExp(`^/groups/${ID}/sessions/${ID}$`),
	new RegExp(`^/groups/${ID}/sessions/${ID}/plan$`)
];
/** Pages of the group area that are not groups (they would match `/groups/<id>`). */
const NOT_A_GROUP = new Set(['/groups/new', '/groups/archived']);

/** Whether the page at this path is kept for use offline. */
export function isKeptOffline(pathname: string): boolean {
	if (NOT_A_GROUP.has(pathname)) return false;
	return KEPT_OFFLINE.some((pattern) => pattern.test(pathname));
}

/**
 * The pages kept together with this one, although not opened: a session's plan with its run screen, so that a
 * facilitator who opened today's session has its plan offline too.
 */
export function companionPages(pathname: string): string[] {
	return KEPT_OFFLINE[2].test(pathname) ? [`${pathname}/plan`] : [];
}

/**
 * Answers that are files to download (documents, calendars, CSV, archives, member exports): never stored, and a
 * failed download is left to the browser instead of being answered with a page.
 */
export function isDownload(pathname: string): boolean {
	return /\.(docx|ics|csv|zip|pdf)$/.test(pathname) || /\/export(\/|$)/.test(pathname);
}

/** The page whose data a SvelteKit data request (`<page>/__data.json`) loads, or null for any other path. */
export function pageOfDataRequest(pathname: string): string | null {
	if (!pathname.endsWith('/__data.json')) return null;
	return pathname.slice(0, -'/__data.json'.length) || '/';
}

/** The cache key of a page: its path alone, so that `?from=…` does not store a second copy. */
export function pageKey(url: URL): string {
	return `${url.origin}${url.pathname}`;
}

/** Changes waiting in the queues of one device's localStorage. */
export function countWaitingChanges(storage: Pick<Storage, 'length' | 'key' | 'getItem'>): number {
	let waiting = 0;
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (!key || !QUEUE_PREFIXES.some((prefix) => key.startsWith(prefix))) continue;
		try {
			const queued: unknown = JSON.parse(storage.getItem(key) ?? '[]');
			if (Array.isArray(queued)) waiting += queued.length;
			else if (key.startsWith(PLAN_DRAFT_PREFIX) && queued && typeof queued === 'object') waiting += 1;
		} catch {
			// A damaged entry is dropped by its queue when the run screen opens; it holds nothing to count.
		}
	}
	return waiting;
}
