import { errorInfo, isResendable, trpc } from '$lib/trpc/client';
import { announceQueueChange } from '$lib/offline/device';
import type { ConflictType, InteractionKind } from '$lib/domain/vocabularies';

export interface InteractionDraft {
	fromMemberId: string;
	toMemberId: string | null;
	kind: InteractionKind;
	note: string;
}

export interface ConflictNoteDraft {
	memberIds: string[];
	type: ConflictType;
	severity: number;
	description: string;
	handling: string;
	resolved: boolean;
	/** A date (yyyy-mm-dd) or null: kept as text so that the queue survives a reload from localStorage. */
	followUpAt: string | null;
}

export interface ObservationDraft {
	memberId: string | null;
	note: string;
	tags: string[];
}

export type NoteDraft =
	| { kind: 'interaction'; input: InteractionDraft }
	| { kind: 'conflict'; input: ConflictNoteDraft }
	| { kind: 'observation'; input: ObservationDraft };

export type QueuedNote = NoteDraft & { key: string };

export interface NoteRefusal {
	note: QueuedNote;
	/** Message key of the reason. */
	reason: string;
}

/** What the server answers for each kind of note. */
export interface SavedNote {
	interaction: Awaited<ReturnType<typeof trpc.interactions.create.mutate>>;
	observation: Awaited<ReturnType<typeof trpc.observations.create.mutate>>;
	conflict: Awaited<ReturnType<typeof trpc.conflicts.create.mutate>>;
}

export type SendOutcome<T> =
	{ status: 'saved'; saved: T } | { status: 'queued' } | { status: 'refused'; error: unknown };

/** The members a note is about, for telling the person which note was refused. */
export function noteMembers(note: NoteDraft): string[] {
	if (note.kind === 'conflict') return note.input.memberIds;
	if (note.kind === 'interaction') return [note.input.fromMemberId];
	return note.input.memberId ? [note.input.memberId] : [];
}

function newKey() {
	const bytes = new Uint8Array(16);
	crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const RETRY_MS = 5000;

/**
 * Conflict, interaction and observation notes taken on the run screen. Each note gets a key when it is taken and
 * is sent with it until the server answers, so a note is saved exactly once however often it is resent (the server
 * answers a repeated key with the note it saved). A note that cannot be sent now (offline, server down, sign-in
 * expired) waits in localStorage and goes when the connection is back; a note the server refuses is dropped and
 * the person is told which one and why.
 */
export class NotesQueue {
	pending = $state<QueuedNote[]>([]);
	refusals = $state<NoteRefusal[]>([]);
	needsSignIn = $state(false);
	#sending = false;
	#storageKey: string;

	constructor(
		private sessionId: string,
		/** Called when a queued note was saved in the background: the page fetches its lists again. */
		private onSavedLater: () => void
	) {
		this.#storageKey = `gw.notes.${sessionId}`;
	}

	start() {
		try {
			const stored = JSON.parse(localStorage.getItem(this.#storageKey) ?? '[]') as QueuedNote[];
			if (Array.isArray(stored)) this.pending = stored;
		} catch {
			localStorage.removeItem(this.#storageKey);
		}
		const onOnline = () => void this.flush();
		window.addEventListener('online', onOnline);
		const timer = setInterval(() => void this.flush(), RETRY_MS);
		void this.flush();
		return () => {
			window.removeEventListener('online', onOnline);
			clearInterval(timer);
		};
	}

	/**
	 * Sends a note just taken. Saved: the page shows it. Queued: it is kept and sent later. Refused: nothing is
	 * kept, and the page shows the error beside the form the person is still looking at.
	 */
	async send<K extends NoteDraft['kind']>(
		draft: Extract<NoteDraft, { kind: K }>
	): Promise<SendOutcome<SavedNote[K]>> {
		const note = { ...draft, key: newKey() } as QueuedNote;
		this.pending = [...this.pending, note];
		this.#persist();
		// Notes taken earlier go first, so that the log keeps the order they were taken in.
		if (this.pending.length > 1 || this.#sending || !navigator.onLine) {
			void this.flush();
			return { status: 'queued' };
		}
		this.#sending = true;
		try {
			const saved = await this.#post(note);
			this.#settle(note);
			this.needsSignIn = false;
			return { status: 'saved', saved: saved as SavedNote[K] };
		} catch (error) {
			const info = errorInfo(error);
			if (isResendable(info.status)) {
				this.needsSignIn = info.status === 401;
				return { status: 'queued' };
			}
			this.#settle(note);
			return { status: 'refused', error };
		} finally {
			this.#sending = false;
		}
	}

	/** Sends the queued notes in order, each once; stops at the first that cannot be sent now. */
	async flush() {
		if (this.#sending || this.pending.length === 0 || !navigator.onLine) return;
		this.#sending = true;
		let saved = 0;
		try {
			for (const note of [...this.pending]) {
				try {
					await this.#post(note);
					saved++;
					this.needsSignIn = false;
				} catch (error) {
					const info = errorInfo(error);
					if (isResendable(info.status)) {
						this.needsSignIn = info.status === 401;
						break;
					}
					this.refusals = [...this.refusals, { note, reason: info.key }];
				}
				this.#settle(note);
			}
		} finally {
			this.#sending = false;
		}
		if (saved > 0) this.onSavedLater();
	}

	dismissRefusals() {
		this.refusals = [];
	}

	#post(note: QueuedNote): Promise<SavedNote[NoteDraft['kind']]> {
		const base = { sessionId: this.sessionId, key: note.key };
		if (note.kind === 'interaction') return trpc.interactions.create.mutate({ ...base, ...note.input });
		if (note.kind === 'observation') return trpc.observations.create.mutate({ ...base, ...note.input });
		const { followUpAt, ...rest } = note.input;
		return trpc.conflicts.create.mutate({
			...base,
			...rest,
			followUpAt: followUpAt ? new Date(followUpAt) : null
		});
	}

	#settle(note: QueuedNote) {
		this.pending = this.pending.filter((n) => n.key !== note.key);
		this.#persist();
	}

	#persist() {
		if (this.pending.length) localStorage.setItem(this.#storageKey, JSON.stringify(this.pending));
		else localStorage.removeItem(this.#storageKey);
		announceQueueChange();
	}
}
