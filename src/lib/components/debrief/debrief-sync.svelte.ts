import * as Y from 'yjs';
import { fromBase64, toBase64 } from '$lib/domain/debrief';
import { RECORD_LOCKED } from '$lib/domain/review';
import { errorInfo, trpc } from '$lib/trpc/client';

export type SaveState = 'saved' | 'saving' | 'unsaved';

const RETRY_MS = 2000;
const BATCH_MS = 120;

function newClientId() {
	const bytes = new Uint8Array(12);
	crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The browser side of a shared debrief: a Y.Doc that starts from the server's full state, sends its own edits
 * (batched, resent until saved) and applies the other writers' edits as they arrive. Yjs merges both ways, so
 * typing at the same time in the same section keeps everyone's text.
 */
export class DebriefSync {
	readonly doc = new Y.Doc();
	readonly clientId = newClientId();
	saveState = $state<SaveState>('saved');
	live = $state(false);
	error = $state<string | null>(null);
	/** Comment ids announced live; the page reloads the list when this changes. */
	commentSignal = $state(0);
	#pending: Uint8Array[] = [];
	#sending = false;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private sessionId: string,
		state: string
	) {
		Y.applyUpdate(this.doc, fromBase64(state), 'remote');
		this.doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin === 'remote') return;
			this.#pending.push(update);
			this.saveState = 'saving';
			this.#schedule(BATCH_MS);
		});
	}

	start() {
		const subscription = trpc.debriefs.events.subscribe(
			{ sessionId: this.sessionId, clientId: this.clientId },
			{
				onStarted: () => {
					this.live = true;
					// Anything missed while disconnected comes with the full state; merging it twice is harmless.
					void this.resync();
				},
				onData: (event) => {
					if (event.type === 'comment') this.commentSignal++;
					else if (event.update) Y.applyUpdate(this.doc, fromBase64(event.update), 'remote');
					else void this.resync();
				},
				onConnectionStateChange: (state) => {
					this.live = state.state === 'pending';
				},
				onError: () => (this.live = false)
			}
		);
		const onOnline = () => this.#schedule(0);
		window.addEventListener('online', onOnline);
		return () => {
			subscription.unsubscribe();
			window.removeEventListener('online', onOnline);
			clearTimeout(this.#timer);
		};
	}

	async resync() {
		try {
			const latest = await trpc.debriefs.get.query({ sessionId: this.sessionId });
			Y.applyUpdate(this.doc, fromBase64(latest.state), 'remote');
		} catch {
			// The next event or reconnect tries again.
		}
	}

	#schedule(ms: number) {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#send(), ms);
	}

	async #send() {
		if (this.#sending || this.#pending.length === 0) return;
		this.#sending = true;
		const update = Y.mergeUpdates(this.#pending);
		this.#pending = [];
		let retry = false;
		try {
			await trpc.debriefs.update.mutate({
				sessionId: this.sessionId,
				clientId: this.clientId,
				update: toBase64(update)
			});
			this.error = null;
		} catch (e) {
			const info = errorInfo(e);
			// A 409 is another writer saving at the same moment, worth resending, unless the record is signed off.
			const refused = info.status !== 409 || info.key === RECORD_LOCKED;
			if (info.status !== null && info.status < 500 && refused) this.error = info.key;
			else {
				// Offline or busy: keep the edit and send it again.
				this.#pending.unshift(update);
				retry = true;
			}
		} finally {
			this.#sending = false;
		}
		if (this.#pending.length && !this.error) this.#schedule(retry ? RETRY_MS : 0);
		this.saveState = this.error || retry ? 'unsaved' : this.#pending.length ? 'saving' : 'saved';
	}
}
