import type { AbsenceReason, AttendanceStatus } from '$lib/domain/vocabularies';
import { errorInfo, isResendable, trpc } from '$lib/trpc/client';
import { announceQueueChange } from '$lib/offline/device';

export interface AttendanceMark {
	memberId: string;
	status: AttendanceStatus;
	minutesLate?: number | null;
	/** With 缺席 or 请假 only. */
	absenceReason?: AbsenceReason | null;
	note?: string | null;
}

interface QueuedChange extends AttendanceMark {
	key: string;
}

export interface SavedAttendance {
	memberId: string;
	status: AttendanceStatus;
	minutesLate: number | null;
	absenceReason: AbsenceReason | null;
	note: string | null;
}

/** The saved fields of a row the server returned (it may carry more, such as `updatedAt`). */
const savedOf = (a: SavedAttendance): SavedAttendance => ({
	memberId: a.memberId,
	status: a.status,
	minutesLate: a.minutesLate,
	absenceReason: a.absenceReason,
	note: a.note
});

/** A key per change, so the server applies each change once however often it is resent. */
function newKey() {
	const bytes = new Uint8Array(16);
	crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A change the server refused: resending would not help, so it is dropped and the person is told. */
export interface AttendanceRefusal {
	memberId: string;
	/** Message key of the reason. */
	reason: string;
}

const RETRY_MS = 5000;
const BATCH_SIZE = 100;
/** How many keys of sent changes are remembered to recognise this device's own announcements. */
const SENT_KEYS_KEPT = 500;

/**
 * Attendance taken on the run screen: shown at once, kept in localStorage until the server confirms it, and
 * resent when the connection is back (after a reload too). Each change is sent with its own key until the
 * server has it; a resend of a change the server already applied changes nothing there. Changes saved from another
 * device (a co-leader's tablet) arrive live: the server announces them and the saved state is fetched again.
 */
export class AttendanceQueue {
	saved = $state<Record<string, SavedAttendance>>({});
	pending = $state<QueuedChange[]>([]);
	online = $state(true);
	sending = $state(false);
	/** Changes the server refused since the last mark, one per change, in the order they were sent. */
	refusals = $state<AttendanceRefusal[]>([]);
	/** The sign-in expired: changes stay queued until the person signs in again. */
	needsSignIn = $state(false);
	#storageKey: string;
	#timer: ReturnType<typeof setInterval> | undefined;
	/** An announcement came while a send was in flight: fetch the saved state once the send is done. */
	#refreshWanted = false;
	/** Keys this device sent: an announcement naming one of them is our own save, whose answer we already have. */
	#sentKeys = new Set<string>();
	/** After a whole call was refused, changes go one by one so that only the bad one is dropped. */
	#oneByOne = false;
	#started = false;

	constructor(
		private sessionId: string,
		initial: SavedAttendance[]
	) {
		this.#storageKey = `gw.attendance.${sessionId}`;
		this.saved = Object.fromEntries(initial.map((a) => [a.memberId, savedOf(a)]));
	}

	/** The status shown on each card: the latest unsaved change, else the saved one. */
	current = $derived.by(() => {
		const shown: Record<string, SavedAttendance & { unsaved: boolean }> = {};
		for (const [id, a] of Object.entries(this.saved)) shown[id] = { ...a, unsaved: false };
		for (const c of this.pending)
			shown[c.memberId] = {
				memberId: c.memberId,
				status: c.status,
				minutesLate: c.minutesLate ?? null,
				absenceReason: c.absenceReason ?? null,
				note: c.note ?? null,
				unsaved: true
			};
		return shown;
	});

	/**
	 * Starts sending, retrying and listening. `onReconnect` runs when the connection comes back (the device goes
	 * online, or the live connection restarts): whatever was saved meanwhile is fetched again, as the debrief does.
	 */
	start(onReconnect: () => void = () => {}) {
		try {
			const stored = JSON.parse(localStorage.getItem(this.#storageKey) ?? '[]') as QueuedChange[];
			if (Array.isArray(stored)) this.pending = stored;
		} catch {
			localStorage.removeItem(this.#storageKey);
		}
		this.online = navigator.onLine;
		const reconnected = () => {
			void this.flush();
			void this.refresh();
			onReconnect();
		};
		const onOnline = () => {
			this.online = true;
			reconnected();
		};
		const onOffline = () => (this.online = false);
		window.addEventListener('online', onOnline);
		window.addEventListener('offline', onOffline);
		this.#timer = setInterval(() => void this.flush(), RETRY_MS);
		const subscription = trpc.attendance.onChange.subscribe(
			{ sessionId: this.sessionId },
			{
				onStarted: () => {
					// The first start is the page's own load; a later one is a reconnect that may have missed notices.
					if (this.#started) reconnected();
					this.#started = true;
				},
				onData: (notice) => (this.#sentKeys.has(notice.key) ? undefined : void this.refresh())
			}
		);
		void this.flush();
		return () => {
			window.removeEventListener('online', onOnline);
			window.removeEventListener('offline', onOffline);
			clearInterval(this.#timer);
			subscription.unsubscribe();
		};
	}

	mark(...marks: AttendanceMark[]) {
		this.refusals = [];
		this.pending = [...this.pending, ...marks.map((m) => ({ ...m, key: newKey() }))];
		this.#persist();
		void this.flush();
	}

	#persist() {
		if (this.pending.length) localStorage.setItem(this.#storageKey, JSON.stringify(this.pending));
		else localStorage.removeItem(this.#storageKey);
		announceQueueChange();
	}

	async flush() {
		if (this.sending || this.pending.length === 0 || !navigator.onLine) return;
		this.sending = true;
		const batch = this.pending.slice(0, this.#oneByOne ? 1 : BATCH_SIZE);
		for (const change of batch) this.#sentKeys.add(change.key);
		for (const old of this.#sentKeys) {
			if (this.#sentKeys.size <= SENT_KEYS_KEPT) break;
			this.#sentKeys.delete(old);
		}
		// Only a call that got an answer sends the rest at once; a failed one waits for the retry timer or `online`.
		let progressed = false;
		try {
			const result = await trpc.attendance.mark.mutate({
				sessionId: this.sessionId,
				changes: batch.map((c) => ({
					key: c.key,
					memberId: c.memberId,
					status: c.status,
					minutesLate: c.minutesLate ?? null,
					absenceReason: c.absenceReason ?? null,
					note: c.note ?? null
				}))
			});
			this.#settle(batch);
			this.#refuse(result.refused.map((r) => ({ memberId: r.memberId, reason: r.reason })));
			this.saved = Object.fromEntries(result.attendance.map((a) => [a.memberId, savedOf(a)]));
			this.online = true;
			this.needsSignIn = false;
			if (this.pending.length === 0) this.#oneByOne = false;
			progressed = true;
		} catch (error) {
			const info = errorInfo(error);
			if (isResendable(info.status)) {
				this.online = navigator.onLine && info.status !== null;
				this.needsSignIn = info.status === 401;
			} else if (batch.length > 1) {
				// The whole call was refused: find the change it is about by sending them one at a time.
				this.#oneByOne = true;
				progressed = true;
			} else {
				this.#refuse(batch.map((c) => ({ memberId: c.memberId, reason: info.key })));
				this.#settle(batch);
				progressed = true;
			}
		} finally {
			this.sending = false;
		}
		if (this.#refreshWanted) {
			this.#refreshWanted = false;
			void this.refresh();
		}
		if (progressed && this.pending.length) void this.flush();
	}

	/** Fetches the saved attendance again (after another device's change); unsaved changes stay on top. */
	async refresh() {
		if (this.sending) {
			this.#refreshWanted = true;
			return;
		}
		try {
			const rows = await trpc.attendance.list.query({ sessionId: this.sessionId });
			this.saved = Object.fromEntries(rows.map((a) => [a.memberId, savedOf(a)]));
		} catch {
			// Offline or refused: the next announcement or our own next save brings the state back.
		}
	}

	#refuse(refused: AttendanceRefusal[]) {
		if (refused.length) this.refusals = [...this.refusals, ...refused];
	}

	#settle(batch: QueuedChange[]) {
		const done = new Set(batch.map((c) => c.key));
		this.pending = this.pending.filter((c) => !done.has(c.key));
		this.#persist();
	}
}
