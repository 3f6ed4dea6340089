import { trpc, trpcKeepalive, errorInfo, isResendable } from '$lib/trpc/client';
import { resolvePlanConflict } from './resolve-conflict';
import { keepPlanDraft, readPlanDraft } from './plan-draft';
import {
	mergePlans,
	PLAN_MAX_ITEMS,
	planTiming,
	type PlanItemInput,
	type PlanMergeConflict
} from '$lib/domain/plan';

export interface ActivityInfo {
	id: string;
	key: string | null;
	titleZh: string;
	titleEn: string;
	energy: 'LOW' | 'MEDIUM' | 'HIGH';
	needsMaterials: boolean;
	defaultMinutes: number;
}

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface PlanConflictState {
	conflicts: PlanMergeConflict[];
	/** The saved version the conflict was found against. */
	latest: { version: number; items: PlanItemInput[] };
	/** My edit merged with theirs (their values on the clashing fields). */
	merged: PlanItemInput[];
}

/** One of my own edits: undoing it reverts exactly this change, over whatever was merged in since. */
interface UndoStep {
	before: PlanItemInput[];
	after: PlanItemInput[];
}

const AUTOSAVE_DELAY_MS = 700;
/** A save that lost to many concurrent saves (409 `plan.busy`) is sent again after a growing, jittered pause. */
const BUSY_RETRIES = 5;
const busyDelay = (attempt: number) => 200 * 2 ** attempt + Math.floor(Math.random() * 200);
const UNDO_DEPTH = 30;

export function newItemId(): string {
	return crypto.randomUUID();
}

/**
 * The planner's working copy of a session plan: local edits with undo, debounced autosave against the last
 * saved version (the merge base), live refresh when a co-leader saves, and conflict resolution. Edits at risk of
 * being lost (a save that failed, a conflict waiting for a choice, the device offline, the page being left) are
 * kept on the device until the server has them (plan-draft.ts), and restored when the plan opens again.
 */
export class PlannerState {
	// Raw state: edits replace the array, so reference equality tells whether anything changed since a save.
	items = $state.raw<PlanItemInput[]>([]);
	status = $state<SaveStatus>('saved');
	errorKey = $state<string | null>(null);
	conflict = $state.raw<PlanConflictState | null>(null);
	/** Short status line for the aria-live region. */
	announcement = $state('');
	activities = $state<Record<string, ActivityInfo>>({});
	private history = $state.raw<UndoStep[]>([]);
	private base: { version: number; items: PlanItemInput[] };
	private timer: ReturnType<typeof setTimeout> | null = null;
	private saving: Promise<void> | null = null;
	/** The newest items sent to the server and not yet answered (by a save, or by a flush while one ran). */
	private sentItems: PlanItemInput[] | null = null;
	private latestAnnounced = 0;
	private busyAttempts = 0;
	/** The connection came back while a save was in flight: fetch the saved plan once it is answered. */
	private resyncWanted = false;
	/** Unsaved edits are kept on the device (plan-draft.ts): every change updates them until a save lands. */
	private kept = $state(false);

	constructor(
		readonly sessionId: string,
		initial: { version: number; items: PlanItemInput[] },
		activities: ActivityInfo[],
		private readonly messages: { merged: () => string; updated: () => string; restored: () => string }
	) {
		this.base = { version: initial.version, items: initial.items };
		this.items = initial.items;
		this.rememberActivities(activities);
	}

	get version() {
		return this.base.version;
	}

	/** The last save failed for want of a connection or server, and the edits wait on the device for the next. */
	get waitingOnDevice() {
		return this.status === 'error' && this.kept && !this.conflict;
	}

	get canUndo() {
		return this.history.length > 0;
	}

	get isFull() {
		return this.items.length >= PLAN_MAX_ITEMS;
	}

	timing(start: { hour: number; minute: number }, sessionMinutes: number) {
		return planTiming(this.items, start, sessionMinutes);
	}

	rememberActivities(activities: ActivityInfo[]) {
		for (const a of activities) this.activities[a.id] = a;
	}

	/** Applies a local edit: remembered for undo and saved shortly after. */
	change(next: PlanItemInput[]) {
		this.remember({ before: this.items, after: next });
		this.items = next;
		this.keepIfAtRisk();
		this.scheduleSave();
	}

	/**
	 * Keeps the unsaved edits on the device, or forgets them once there are none (saved, or changed back). Called
	 * while they are at risk; once kept, every later change is kept too, until a save lands.
	 */
	private keep() {
		this.kept = this.items !== this.base.items;
		keepPlanDraft(
			this.sessionId,
			this.kept ? { version: this.base.version, baseItems: this.base.items, items: this.items } : null
		);
	}

	private forget() {
		this.kept = false;
		keepPlanDraft(this.sessionId, null);
	}

	private keepIfAtRisk() {
		const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
		if (this.kept || offline || this.status === 'error') this.keep();
	}

	private remember(step: UndoStep) {
		this.history = [...this.history.slice(-(UNDO_DEPTH - 1)), step];
	}

	update(id: string, patch: Partial<Omit<PlanItemInput, 'id'>>) {
		this.change(this.items.map((item) => (item.id === id ? { ...item, ...patch } : item)));
	}

	remove(id: string) {
		this.change(this.items.filter((item) => item.id !== id));
	}

	append(item: PlanItemInput) {
		if (this.isFull) return false;
		this.change([...this.items, item]);
		return true;
	}

	/**
	 * Undoes my last step only. A co-leader's change merged in since must survive, so the step is reverted by a
	 * three-way merge (base: the plan right after my step, mine: right before it, theirs: the plan now) rather
	 * than by restoring the old snapshot. Where they changed the same field later, their value stays.
	 */
	undo() {
		const step = this.history.at(-1);
		if (!step) return;
		this.history = this.history.slice(0, -1);
		this.items = mergePlans(step.after, step.before, this.items).merged;
		this.keepIfAtRisk();
		this.scheduleSave();
	}

	scheduleSave(delay = AUTOSAVE_DELAY_MS) {
		this.status = 'pending';
		if (this.timer) clearTimeout(this.timer);
		this.timer = setTimeout(() => {
			this.timer = null;
			void this.save();
		}, delay);
	}

	/** Saves now (also used by the retry button and before leaving the page). */
	async save(): Promise<void> {
		if (this.conflict) return;
		// The save in flight reschedules itself when the plan changed meanwhile.
		if (this.saving) return;
		const snapshot = this.items;
		if (snapshot === this.base.items) {
			this.status = 'saved';
			return;
		}
		this.status = 'saving';
		this.sentItems = snapshot;
		let retryDelay = 0;
		this.saving = (async () => {
			try {
				// Sent with keepalive: a save started just before the page goes away still lands.
				const result = await trpcKeepalive.plans.save.mutate({
					sessionId: this.sessionId,
					baseVersion: this.base.version,
					baseItems: this.base.items,
					items: snapshot
				});
				this.base = { version: result.version, items: result.items };
				if (this.items === snapshot) this.items = result.items;
				else {
					// Edited while saving: replay the newer local edit on top of what was saved.
					const rebased = mergePlans(snapshot, this.items, result.items);
					this.items = rebased.merged;
				}
				if (result.merged) this.announcement = this.messages.merged();
				this.errorKey = null;
				this.busyAttempts = 0;
				this.status = this.items === this.base.items ? 'saved' : 'pending';
				if (this.kept) this.keep();
			} catch (error) {
				const info = errorInfo(error);
				if (info.status === 409 && info.key === 'plan.conflict') await this.loadConflict();
				else if (info.status === 409 && info.key === 'plan.busy' && this.busyAttempts < BUSY_RETRIES) {
					// Nothing was written: the same edit is sent again against the same base and merged then.
					retryDelay = busyDelay(this.busyAttempts++);
					this.status = 'pending';
				} else {
					this.busyAttempts = 0;
					this.errorKey = info.fieldErrors[0]?.key ?? info.key;
					this.status = 'error';
					// Not sent, or sent to a server that could not take it: kept for the next try, after a reload too.
					// Refused for what it is (not allowed, invalid, the session locked): shown, and not kept to be
					// refused again on every visit.
					if (isResendable(info.status)) this.keep();
					else this.forget();
				}
			} finally {
				this.saving = null;
			}
		})();
		await this.saving;
		if ((this.status as SaveStatus) === 'pending') this.scheduleSave(retryDelay);
		else if (this.resyncWanted || this.latestAnnounced > this.base.version) {
			this.resyncWanted = false;
			await this.refresh();
		}
	}

	/**
	 * Saves pending changes now, by a request that outlives the page: called when the page is hidden or left,
	 * where the autosave's timer would never fire.
	 */
	flush() {
		if (this.timer) {
			clearTimeout(this.timer);
			this.timer = null;
		}
		if (this.conflict || this.items === this.base.items) return;
		// The page may be gone before the answer comes: kept until a save is seen to land.
		this.keep();
		if (!this.saving) {
			void this.save();
			return;
		}
		// A save is in flight and this edit would only be sent once it is answered, maybe after the page is
		// gone: send it now against the same base; the server merges it with the save in flight.
		if (this.items === this.sentItems) return;
		this.sentItems = this.items;
		trpcKeepalive.plans.save
			.mutate({
				sessionId: this.sessionId,
				baseVersion: this.base.version,
				baseItems: this.base.items,
				items: this.items
			})
			.catch(() => {
				// If the page stays, the follow-up of the save in flight sends this edit again and shows any error.
			});
	}

	private async fetchLatest() {
		const plan = await trpc.plans.get.query({ sessionId: this.sessionId });
		this.rememberActivities(plan.activities);
		return { version: plan.session.version, items: plan.items };
	}

	private async loadConflict() {
		const latest = await this.fetchLatest();
		const merge = mergePlans(this.base.items, this.items, latest.items);
		if (merge.conflicts.length === 0) {
			// The clash went away (the other leader changed it back): save the merge.
			this.base = latest;
			this.items = merge.merged;
			this.status = 'pending';
			return;
		}
		this.conflict = { conflicts: merge.conflicts, latest, merged: merge.merged };
		this.status = 'error';
		this.errorKey = 'plan.conflict';
		// My side of the clash waits for a choice: kept, so that a reload asks again instead of losing it.
		this.keep();
	}

	/** Resolves a conflict: 'theirs' keeps their values on the clashing fields, 'mine' mine. */
	resolveConflict(choice: 'mine' | 'theirs') {
		const conflict = this.conflict;
		if (!conflict) return;
		const items = resolvePlanConflict(conflict.merged, conflict.conflicts, choice);
		this.remember({ before: this.items, after: items });
		this.base = conflict.latest;
		this.items = items;
		this.conflict = null;
		this.errorKey = null;
		this.keepIfAtRisk();
		this.scheduleSave(0);
	}

	/** A co-leader saved a new version. */
	async onRemoteChange(version: number) {
		this.latestAnnounced = Math.max(this.latestAnnounced, version);
		if (version <= this.base.version || this.saving) return;
		await this.refresh();
	}

	/**
	 * Live updates: a co-leader's saves arrive as announcements. When the live connection starts (a save may have
	 * landed between the page's load and the subscription), restarts, or the device comes back online,
	 * announcements may have been missed, so the saved plan is fetched again (and an edit that failed to save
	 * while offline is sent again).
	 */
	start() {
		this.restoreDraft();
		const subscription = trpc.plans.onChange.subscribe(
			{ sessionId: this.sessionId },
			{
				onStarted: () => void this.reconnected(),
				onData: (change) => void this.onRemoteChange(change.version)
			}
		);
		const onOnline = () => void this.reconnected();
		window.addEventListener('online', onOnline);
		return () => {
			subscription.unsubscribe();
			window.removeEventListener('online', onOnline);
		};
	}

	/**
	 * Edits kept on this device from an earlier visit (made offline, or left before they were saved) become the
	 * working copy again, on the version they were made on, and are saved: the server merges them with what was saved
	 * since, or the planner shows the clash.
	 */
	private restoreDraft() {
		const draft = readPlanDraft(this.sessionId);
		if (!draft) return;
		this.base = { version: draft.version, items: draft.baseItems };
		this.items = draft.items;
		this.kept = true;
		this.announcement = this.messages.restored();
		this.scheduleSave(0);
	}

	async reconnected() {
		if (this.conflict) return;
		if (this.saving) {
			this.resyncWanted = true;
			return;
		}
		if (this.status === 'error') await this.save();
		else await this.refresh();
	}

	private async refresh() {
		let latest: { version: number; items: PlanItemInput[] };
		try {
			latest = await this.fetchLatest();
		} catch {
			// Offline again: the next reconnect or announcement fetches it.
			return;
		}
		if (latest.version <= this.base.version) return;
		if (this.items === this.base.items) {
			this.base = latest;
			this.items = latest.items;
			if (this.kept) this.keep();
			this.announcement = this.messages.updated();
			return;
		}
		const merge = mergePlans(this.base.items, this.items, latest.items);
		if (merge.conflicts.length > 0) {
			// Let the save find the conflict and show it.
			this.scheduleSave(0);
			return;
		}
		this.base = latest;
		this.items = merge.merged;
		this.announcement = this.messages.updated();
		this.scheduleSave(0);
	}

	dispose() {
		if (this.timer) clearTimeout(this.timer);
	}
}
