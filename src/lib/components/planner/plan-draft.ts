// A session plan's edits that the server does not have yet, kept on the device (localStorage) so that they survive
// a reload, a closed tab or a tablet that drops its connection: the planner restores them when the plan opens again
// and saves them against the version they were made on, and the server merges them with whatever was saved since.
// They count among the device's waiting changes (offline banner, sign-out warning) and go with the rest of the
// device's data at sign-out (`wipeDevice`).
import { PLAN_DRAFT_PREFIX } from '$lib/offline/cache-policy';
import { announceQueueChange } from '$lib/offline/device';
import type { PlanItemInput } from '$lib/domain/plan';

export interface PlanDraft {
	/** The saved version the edits were made on, and its items: the base of the merge. */
	version: number;
	baseItems: PlanItemInput[];
	items: PlanItemInput[];
}

const storageKey = (sessionId: string) => `${PLAN_DRAFT_PREFIX}${sessionId}`;
const hasStorage = () => typeof localStorage !== 'undefined';

function isDraft(value: unknown): value is PlanDraft {
	const draft = value as PlanDraft | null;
	return (
		typeof draft === 'object' &&
		draft !== null &&
		Number.isInteger(draft.version) &&
		Array.isArray(draft.baseItems) &&
		Array.isArray(draft.items)
	);
}

/** The unsaved edits of a session's plan on this device, or null. A damaged entry is dropped. */
export function readPlanDraft(sessionId: string): PlanDraft | null {
	if (!hasStorage()) return null;
	const stored = localStorage.getItem(storageKey(sessionId));
	if (stored === null) return null;
	try {
		const draft: unknown = JSON.parse(stored);
		if (isDraft(draft)) return draft;
	} catch {
		// dropped below
	}
	keepPlanDraft(sessionId, null);
	return null;
}

/** Keeps the plan's unsaved edits, or forgets them (null) once the server has them or has refused them. */
export function keepPlanDraft(sessionId: string, draft: PlanDraft | null) {
	if (!hasStorage()) return;
	const key = storageKey(sessionId);
	const had = localStorage.getItem(key) !== null;
	if (draft) localStorage.setItem(key, JSON.stringify(draft));
	else if (had) localStorage.removeItem(key);
	if (draft || had) announceQueueChange();
}
