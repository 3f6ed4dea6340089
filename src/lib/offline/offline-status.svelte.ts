import { countWaitingChanges } from './cache-policy';
import { QUEUE_CHANGED_EVENT, SESSION_ENDED_EVENT, sessionEnded } from './device';

/** How long after the last change was sent the kept copy of the page is fetched again. */
const REFRESH_AFTER_MS = 3000;

/**
 * Whether the device is online, and how many changes (attendance marks and notes, from every session) wait in
 * this device's queues. Once the queues are empty again, the copy of the current page kept for offline use is
 * fetched again, so that reopening it offline shows what was saved.
 */
export class OfflineStatus {
	online = $state(true);
	waiting = $state(0);
	#refreshTimer: ReturnType<typeof setTimeout> | undefined;

	start() {
		this.online = navigator.onLine;
		this.waiting = countWaitingChanges(localStorage);
		const recount = () => {
			const before = this.waiting;
			this.waiting = countWaitingChanges(localStorage);
			if (before > 0 && this.waiting === 0 && navigator.onLine) this.#refreshKeptPage();
		};
		const online = () => {
			this.online = true;
			recount();
		};
		const offline = () => (this.online = false);
		const ended = () => void sessionEnded();
		window.addEventListener('online', online);
		window.addEventListener('offline', offline);
		window.addEventListener(QUEUE_CHANGED_EVENT, recount);
		// Another tab of the app changed a queue.
		window.addEventListener('storage', recount);
		window.addEventListener(SESSION_ENDED_EVENT, ended);
		return () => {
			clearTimeout(this.#refreshTimer);
			window.removeEventListener('online', online);
			window.removeEventListener('offline', offline);
			window.removeEventListener(QUEUE_CHANGED_EVENT, recount);
			window.removeEventListener('storage', recount);
			window.removeEventListener(SESSION_ENDED_EVENT, ended);
		};
	}

	#refreshKeptPage() {
		clearTimeout(this.#refreshTimer);
		this.#refreshTimer = setTimeout(() => {
			navigator.serviceWorker?.controller?.postMessage({ type: 'refresh-page', url: location.href });
		}, REFRESH_AFTER_MS);
	}
}
