/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// The app's service worker: the app shell of this build from the device, and the pages a facilitator needs in the
// room (see isKeptOffline) fetched from the network first, kept while online and answered from the device when the
// network is gone. Everything else goes to the network untouched; a page that cannot be had says so plainly.
import { build, files, version } from '$service-worker';
import {
	companionPages,
	isDownload,
	isKeptOffline,
	PAGE_CACHE_PREFIX,
	pageKey,
	pageOfDataRequest,
	SHELL_CACHE_PREFIX
} from '$lib/offline/cache-policy';
import { describePage, offlinePageHtml, type SavedPage } from '$lib/offline/offline-page';
import { isLocale, type Locale } from '$lib/i18n/types';

const sw = self as unknown as ServiceWorkerGlobalScope;

const SHELL_CACHE = `${SHELL_CACHE_PREFIX}${version}`;
// Pages of an older build name scripts that build no longer has: each version keeps pages of its own.
const PAGE_CACHE = `${PAGE_CACHE_PREFIX}${version}`;
const SHELL = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(SHELL_CACHE);
			await cache.addAll([...SHELL]);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// The caches of older builds go: their pages would ask for scripts this build no longer has.
			for (const name of await caches.keys()) {
				const ours = name.startsWith(SHELL_CACHE_PREFIX) || name.startsWith(PAGE_CACHE_PREFIX);
				if (ours && name !== SHELL_CACHE && name !== PAGE_CACHE) await caches.delete(name);
			}
			await sw.clients.claim();
		})()
	);
});

/** Fetches a kept page again in the background, at most once at a time per page, and keeps the new copy. */
const refreshing = new Map<string, Promise<void>>();
function refreshPage(url: string): Promise<void> {
	const running = refreshing.get(url);
	if (running) return running;
	const done = (async () => {
		try {
			const response = await fetch(url, {
				credentials: 'same-origin',
				redirect: 'manual',
				headers: { accept: 'text/html' }
			});
			await keep(url, response);
		} catch {
			// Offline again: the copy kept before stays.
		} finally {
			refreshing.delete(url);
		}
	})();
	refreshing.set(url, done);
	return done;
}

/** Keeps a page only as the server rendered it for a signed-in person: never a redirect (to sign-in) or an error. */
async function keep(key: string, response: Response) {
	const html = response.headers.get('content-type')?.startsWith('text/html');
	if (response.status !== 200 || response.type !== 'basic' || response.redirected || !html) return;
	const cache = await caches.open(PAGE_CACHE);
	await cache.put(key, response);
	// The plan of a session opened: fetched once here; opening it online keeps it current afterwards.
	const url = new URL(key);
	for (const path of companionPages(url.pathname))
		if (!(await cache.match(`${url.origin}${path}`))) await refreshPage(`${url.origin}${path}`);
}

async function savedPages(): Promise<{ locale: Locale | null; pages: SavedPage[] }> {
	const cache = await caches.open(PAGE_CACHE);
	let locale: Locale | null = null;
	const pages: SavedPage[] = [];
	for (const request of await cache.keys()) {
		const response = await cache.match(request);
		if (!response) continue;
		const page = describePage(await response.text());
		locale ??= page.locale;
		pages.push({ url: new URL(request.url).pathname, title: page.title ?? new URL(request.url).pathname });
	}
	return { locale, pages };
}

async function offlinePage(reason: 'page' | 'signOut', language?: Locale): Promise<Response> {
	const { locale, pages } = await savedPages();
	return new Response(offlinePageHtml({ locale: language ?? locale, reason, saved: pages }), {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
	});
}

async function navigate(event: FetchEvent, url: URL): Promise<Response> {
	const kept = isKeptOffline(url.pathname);
	try {
		const response = await fetch(event.request);
		if (kept) event.waitUntil(keep(pageKey(url), response.clone()));
		// The server shows the sign-in page only to someone not signed in: the pages kept for the last person go.
		if (url.pathname === '/sign-in' && response.status === 200) event.waitUntil(caches.delete(PAGE_CACHE));
		return response;
	} catch {
		const cached = kept ? await caches.match(pageKey(url), { cacheName: PAGE_CACHE }) : undefined;
		return cached ?? offlinePage('page');
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	// Signing out with no network: the page has already deleted what this device kept; say what is left to do.
	if (request.method === 'POST' && request.mode === 'navigate' && url.pathname === '/sign-out') {
		const form = request.clone().formData();
		event.respondWith(
			fetch(request).catch(async () => {
				const locale = (await form.catch(() => null))?.get('locale');
				return offlinePage('signOut', isLocale(locale) ? locale : undefined);
			})
		);
		return;
	}
	if (request.method !== 'GET') return;

	if (SHELL.has(url.pathname)) {
		event.respondWith(
			caches.match(url.pathname, { cacheName: SHELL_CACHE }).then((cached) => cached ?? fetch(request))
		);
		return;
	}
	if (request.mode === 'navigate') {
		if (!isDownload(url.pathname)) event.respondWith(navigate(event, url));
		return;
	}
	// A page opened inside the app loads only its data: keep the whole page for offline use beside it.
	const page = pageOfDataRequest(url.pathname);
	if (page && isKeptOffline(page)) event.waitUntil(refreshPage(`${url.origin}${page}`));
});

sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string; url?: string } | null;
	if (data?.type !== 'refresh-page' || typeof data.url !== 'string') return;
	const url = new URL(data.url, sw.location.origin);
	if (url.origin === sw.location.origin && isKeptOffline(url.pathname))
		event.waitUntil(refreshPage(pageKey(url)));
});
