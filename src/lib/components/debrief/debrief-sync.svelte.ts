import * as Y from 'yjs';
import {
	Awareness,
	applyAwarenessUpdate,
	encodeAwarenessUpdate,
	removeAwarenessStates
} from 'y-protocols/awareness';
import { fromBase64, toBase64, type DebriefPresence, type DebriefSection } from '$lib/domain/debrief';
import { RECORD_LOCKED } from '$lib/domain/review';
import { errorInfo, trpc, trpcKeepalive } from '$lib/trpc/client';

export type SaveState = 'saved' | 'saving' | 'unsaved';

/** Another person in the debrief: their name and the section they type in (null: reading). */
export interface PresentPerson {
	userId: string;
	name: string;
	section: DebriefSection | null;
}

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
	/**
	 * Presence (Yjs awareness, relayed by the server under each person's own name, never stored). Each tab
	 * renews its state every 15 s; one not heard of for 30 s (a closed tablet) is dropped by Awareness.
	 */
	readonly awareness = new Awareness(this.doc);
	/** The other people here (one entry per person, however many tabs), in the order they arrived. */
	present = $state<PresentPerson[]>([]);
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
		this.awareness.setLocalState({ section: null });
		this.awareness.on(
			'update',
			({ added }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
				this.#showPresent();
				if (origin === 'local') this.#sendPresence();
				else if (origin === 'remote' && added.length) {
					// A person's new tab (a reload) replaces their tabs heard of before it, which may not have said goodbye.
					this.#dropOlderTabs(added);
					// Someone new: tell them who is already here rather than waiting for the next renewal.
					this.#sendPresence();
				}
			}
		);
	}

	/** Where this person types (null when no section has the focus). */
	setSection(section: DebriefSection | null) {
		this.awareness.setLocalStateField('section', section);
	}

	#dropOlderTabs(added: number[]) {
		const states = this.awareness.getStates() as Map<number, Partial<DebriefPresence>>;
		const newcomers = new Set(added.map((id) => states.get(id)?.user?.id).filter(Boolean));
		const older = [...states.entries()]
			.filter(([id]) => id !== this.doc.clientID && !added.includes(id))
			.filter(([, state]) => state.user && newcomers.has(state.user.id))
			.map(([id]) => id);
		if (older.length) removeAwarenessStates(this.awareness, older, 'replaced');
	}

	#showPresent() {
		const people = new Map<string, { heard: number; person: PresentPerson }>();
		for (const [id, state] of this.awareness.getStates()) {
			const presence = state as Partial<DebriefPresence>;
			if (id === this.doc.clientID || !presence.user) continue;
			const heard = this.awareness.meta.get(id)?.lastUpdated ?? 0;
			const known = people.get(presence.user.id);
			// The same person in two tabs (or a reloaded one not yet timed out): the one heard of last.
			if (!known || known.heard < heard)
				people.set(presence.user.id, {
					heard,
					person: {
						userId: presence.user.id,
						name: presence.user.name,
						section: presence.section ?? null
					}
				});
		}
		this.present = [...people.values()].map((p) => p.person);
	}

	#sendPresence() {
		if (!this.live) return;
		const update = toBase64(encodeAwarenessUpdate(this.awareness, [this.doc.clientID]));
		// Sent at once with keepalive, so that leaving (pagehide, reload) still tells the others.
		void trpcKeepalive.debriefs.presence
			.mutate({ sessionId: this.sessionId, clientId: this.clientId, update })
			.catch(() => {
				// Presence is best effort: the next renewal sends it again.
			});
	}

	start() {
		const subscription = trpc.debriefs.events.subscribe(
			{ sessionId: this.sessionId, clientId: this.clientId },
			{
				onStarted: () => {
					this.live = true;
					this.#sendPresence();
					// Anything missed while disconnected comes with the full state; merging it twice is harmless.
					void this.resync();
				},
				onData: (event) => {
					if (event.type === 'comment') this.commentSignal++;
					else if (event.type === 'presence')
						applyAwarenessUpdate(this.awareness, fromBase64(event.update), 'remote');
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
		// Leaving the page (reload, closing the tab): the others drop this tab at once.
		const onPageHide = () => removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
		const onPageShow = (event: PageTransitionEvent) => {
			if (event.persisted) this.awareness.setLocalState({ section: null });
		};
		window.addEventListener('pagehide', onPageHide);
		window.addEventListener('pageshow', onPageShow);
		return () => {
			// Leaving: the others drop this tab at once.
			removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
			this.awareness.destroy();
			window.removeEventListener('pagehide', onPageHide);
			window.removeEventListener('pageshow', onPageShow);
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
