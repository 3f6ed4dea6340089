/**
 * Session-plan domain logic (pure functions, no I/O): timing, list editing, three-way merge, validation.
 */
import { z } from 'zod';
import { PLAN_ITEM_KINDS, type PlanItemKind } from './vocabularies';

export { PLAN_ITEM_KINDS, type PlanItemKind } from './vocabularies';

export interface PlanItemInput {
	id: string;
	kind: PlanItemKind;
	activityId: string | null;
	title: string;
	minutes: number;
	notes: string;
}

export const PLAN_ITEM_MAX_MINUTES = 480;
export const PLAN_ITEM_TITLE_MAX = 200;
export const PLAN_ITEM_NOTES_MAX = 2000;
export const PLAN_MAX_ITEMS = 40;

// ---------------------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------------------

export interface PlanTimingRow {
	/** minutes from the session start */
	startMinute: number;
	endMinute: number;
	/** 'HH:MM', 24-hour clock, wraps past midnight (23:50 + 20 min → '00:10') */
	startClock: string;
	endClock: string;
}

export interface PlanTiming {
	rows: PlanTimingRow[];
	totalMinutes: number;
	/** sessionMinutes − totalMinutes; negative when the plan runs over */
	remainingMinutes: number;
	/** how many minutes the plan runs over; 0 when it fits */
	overBy: number;
	isOver: boolean;
}

const MINUTES_PER_DAY = 24 * 60;

/** Formats minutes-since-midnight as 'HH:MM' on a 24-hour clock, wrapping around midnight (also backwards). */
export function formatClock(minuteOfDay: number): string {
	const m = ((Math.round(minuteOfDay) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
	const hh = Math.floor(m / 60);
	const mm = m % 60;
	return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

/**
 * Running schedule of a plan. Items are laid out back to back from `start`.
 *
 * @throws RangeError for a non-finite or negative item duration, a non-finite start, or a non-finite or
 *   negative `sessionMinutes`. (Start hour/minute outside 0..23 / 0..59 are normalised by wrapping.)
 */
export function planTiming(
	items: { minutes: number }[],
	start: { hour: number; minute: number },
	sessionMinutes: number
): PlanTiming {
	if (!Number.isFinite(start.hour) || !Number.isFinite(start.minute)) {
		throw new RangeError('start time must be finite');
	}
	if (!Number.isFinite(sessionMinutes) || sessionMinutes < 0) {
		throw new RangeError(`sessionMinutes must be a finite number >= 0, got ${sessionMinutes}`);
	}
	const base = start.hour * 60 + start.minute;
	const rows: PlanTimingRow[] = [];
	let t = 0;
	for (const item of items) {
		if (!Number.isFinite(item.minutes) || item.minutes < 0) {
			throw new RangeError(`item minutes must be a finite number >= 0, got ${item.minutes}`);
		}
		const startMinute = t;
		t += item.minutes;
		rows.push({
			startMinute,
			endMinute: t,
			startClock: formatClock(base + startMinute),
			endClock: formatClock(base + t)
		});
	}
	const remainingMinutes = sessionMinutes - t;
	const overBy = Math.max(0, -remainingMinutes);
	return { rows, totalMinutes: t, remainingMinutes, overBy, isOver: overBy > 0 };
}

// ---------------------------------------------------------------------------------------------------------
// Immutable list editing
// ---------------------------------------------------------------------------------------------------------

function assertIndex(index: number, max: number, what: string): void {
	if (!Number.isInteger(index) || index < 0 || index > max) {
		throw new RangeError(`${what} must be an integer in 0..${max}, got ${index}`);
	}
}

/**
 * Returns a new array with the element at `from` moved to index `to` (index in the resulting array).
 * @throws RangeError when either index is not an integer in 0..length−1.
 */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
	assertIndex(from, items.length - 1, 'from');
	assertIndex(to, items.length - 1, 'to');
	const copy = items.slice();
	const [moved] = copy.splice(from, 1);
	copy.splice(to, 0, moved);
	return copy;
}

/**
 * Returns a new array with `item` inserted at `index` (0..length; `length` appends).
 * @throws RangeError for an index outside 0..length.
 */
export function insertItem<T>(items: readonly T[], index: number, item: T): T[] {
	assertIndex(index, items.length, 'index');
	const copy = items.slice();
	copy.splice(index, 0, item);
	return copy;
}

/**
 * Returns a new array without the element at `index`.
 * @throws RangeError for an index outside 0..length−1.
 */
export function removeItem<T>(items: readonly T[], index: number): T[] {
	assertIndex(index, items.length - 1, 'index');
	const copy = items.slice();
	copy.splice(index, 1);
	return copy;
}

// ---------------------------------------------------------------------------------------------------------
// Three-way merge
// ---------------------------------------------------------------------------------------------------------

/** Fields merged field-by-field (everything but `id`). */
export const PLAN_ITEM_MERGE_FIELDS = ['kind', 'activityId', 'title', 'minutes', 'notes'] as const;
export type PlanItemMergeField = (typeof PLAN_ITEM_MERGE_FIELDS)[number];

export interface PlanMergeConflict {
	itemId: string;
	/** one of PLAN_ITEM_MERGE_FIELDS, or 'deleted' for a delete-vs-edit conflict */
	field: PlanItemMergeField | 'deleted';
	/** the value on my side (for 'deleted': my item, or null when I deleted it) */
	mine: unknown;
	/** the value on their side (for 'deleted': their item, or null when they deleted it) */
	theirs: unknown;
}

export interface PlanMergeResult {
	merged: PlanItemInput[];
	conflicts: PlanMergeConflict[];
}

function indexById(items: PlanItemInput[], which: string): Map<string, PlanItemInput> {
	const map = new Map<string, PlanItemInput>();
	for (const item of items) {
		if (map.has(item.id)) throw new RangeError(`duplicate plan item id '${item.id}' in ${which}`);
		map.set(item.id, item);
	}
	return map;
}

function isEdited(item: PlanItemInput, base: PlanItemInput): boolean {
	return PLAN_ITEM_MERGE_FIELDS.some((f) => item[f] !== base[f]);
}

/** True when the items both lists share with `base` appear in a different relative order than in `base`. */
function isReordered(side: PlanItemInput[], baseIds: string[]): boolean {
	const inSide = new Set(side.map((i) => i.id));
	const baseOrder = baseIds.filter((id) => inSide.has(id));
	const baseSet = new Set(baseIds);
	const sideOrder = side.map((i) => i.id).filter((id) => baseSet.has(id));
	return baseOrder.some((id, i) => sideOrder[i] !== id);
}

/**
 * Three-way merge of a session plan edited concurrently by two leaders.
 *
 * `base` is the version both started from, `mine` is the local edit, `theirs` the version saved meanwhile.
 * Items are matched by `id` (ids must be unique within each list, otherwise a RangeError is thrown).
 *
 * Content rules, per item id:
 * - added on one side only (not in base) → kept;
 * - added on both sides with the same id → merged like an edit against an empty base: equal fields are
 *   taken, differing fields are conflicts (theirs kept);
 * - deleted on one side, unchanged on the other → removed; deleted on both → removed;
 * - deleted on one side but edited on the other → conflict with field 'deleted'; the edited item is kept;
 * - present everywhere → field by field (kind, activityId, title, minutes, notes): a field changed on one
 *   side only takes that change; changed on both sides to the same value takes it; changed on both sides
 *   to different values is a conflict and theirs' value is kept.
 *
 * Order rules:
 * - a side "reordered" when the items it shares with base are in a different relative order than in base
 *   (additions and deletions alone are not reorders);
 * - if only mine reordered, mine's order is the backbone; otherwise (theirs reordered, both reordered,
 *   or neither) theirs' order is the backbone — when both reordered theirs wins, and that is not reported
 *   as a conflict;
 * - items kept in the result but missing from the backbone (the other side's additions, and items the
 *   backbone side deleted but the other side edited) are inserted right after the nearest item that
 *   precedes them in the other side's list and is present in the result (at the start if none), keeping
 *   their relative order.
 *
 * Conflicts are listed in merged order (then by field order). `conflicts.length === 0` means the merge is
 * safe to save silently. Inputs are never mutated; merged items are new objects.
 */
export function mergePlans(
	base: PlanItemInput[],
	mine: PlanItemInput[],
	theirs: PlanItemInput[]
): PlanMergeResult {
	const baseMap = indexById(base, 'base');
	const mineMap = indexById(mine, 'mine');
	const theirsMap = indexById(theirs, 'theirs');

	const kept = new Map<string, PlanItemInput>();
	const conflicts: PlanMergeConflict[] = [];

	const allIds = new Set<string>([...baseMap.keys(), ...theirsMap.keys(), ...mineMap.keys()]);
	for (const id of allIds) {
		const b = baseMap.get(id);
		const m = mineMap.get(id);
		const t = theirsMap.get(id);

		if (m && t) {
			const result: PlanItemInput = { ...t };
			for (const f of PLAN_ITEM_MERGE_FIELDS) {
				const mv = m[f];
				const tv = t[f];
				if (mv === tv) continue; // result already holds the common value
				if (b && mv === b[f]) continue; // only theirs changed → theirs (already in result)
				if (b && tv === b[f]) {
					// only mine changed → mine
					(result as Record<PlanItemMergeField, unknown>)[f] = mv;
					continue;
				}
				conflicts.push({ itemId: id, field: f, mine: mv, theirs: tv });
			}
			kept.set(id, result);
		} else if (m) {
			// Not in theirs: either mine added it, or theirs deleted it.
			if (!b) kept.set(id, { ...m });
			else if (isEdited(m, b)) {
				kept.set(id, { ...m });
				conflicts.push({ itemId: id, field: 'deleted', mine: { ...m }, theirs: null });
			}
		} else if (t) {
			// Not in mine: either theirs added it, or mine deleted it.
			if (!b) kept.set(id, { ...t });
			else if (isEdited(t, b)) {
				kept.set(id, { ...t });
				conflicts.push({ itemId: id, field: 'deleted', mine: null, theirs: { ...t } });
			}
		}
		// else: deleted on both sides → dropped
	}

	const baseIds = base.map((i) => i.id);
	const mineReordered = isReordered(mine, baseIds);
	const theirsReordered = isReordered(theirs, baseIds);
	const [backbone, other] = mineReordered && !theirsReordered ? [mine, theirs] : [theirs, mine];

	const order: string[] = backbone.map((i) => i.id).filter((id) => kept.has(id));
	const placed = new Set(order);
	let anchor: string | null = null;
	for (const item of other) {
		const id = item.id;
		if (!kept.has(id)) continue;
		if (!placed.has(id)) {
			const at = anchor === null ? 0 : order.indexOf(anchor) + 1;
			order.splice(at, 0, id);
			placed.add(id);
		}
		anchor = id;
	}
	// Safety net: anything kept but still unplaced (cannot happen with the rules above) goes at the end.
	for (const id of kept.keys()) if (!placed.has(id)) order.push(id);

	const position = new Map(order.map((id, i) => [id, i]));
	const fieldRank = (f: PlanMergeConflict['field']) =>
		f === 'deleted' ? -1 : PLAN_ITEM_MERGE_FIELDS.indexOf(f);
	conflicts.sort(
		(a, b) => position.get(a.itemId)! - position.get(b.itemId)! || fieldRank(a.field) - fieldRank(b.field)
	);

	return { merged: order.map((id) => kept.get(id)!), conflicts };
}

// ---------------------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------------------

export const planItemSchema = z.object({
	id: z.string().min(1),
	kind: z.enum(PLAN_ITEM_KINDS),
	activityId: z.string().min(1).nullable(),
	title: z.string().max(PLAN_ITEM_TITLE_MAX),
	minutes: z.number().int().min(1).max(PLAN_ITEM_MAX_MINUTES),
	notes: z.string().max(PLAN_ITEM_NOTES_MAX)
});

/** At most 40 items; item ids must be unique (the merge relies on it). */
export const planSchema = z
	.array(planItemSchema)
	.max(PLAN_MAX_ITEMS)
	.superRefine((items, ctx) => {
		const seen = new Set<string>();
		items.forEach((item, i) => {
			if (seen.has(item.id)) {
				ctx.addIssue({ code: 'custom', message: `duplicate item id '${item.id}'`, path: [i, 'id'] });
			}
			seen.add(item.id);
		});
	});

export type ValidationResult<T> =
	{ ok: true; value: T } | { ok: false; errors: { path: string; message: string }[] };

function toResult<T>(
	parsed: { success: true; data: T } | { success: false; error: z.ZodError }
): ValidationResult<T> {
	if (parsed.success) return { ok: true, value: parsed.data };
	return {
		ok: false,
		errors: parsed.error.issues.map((issue) => ({
			path: issue.path.map(String).join('.'),
			message: issue.message
		}))
	};
}

/** Validates one plan item (unknown input, e.g. a form or API payload). Never throws. */
export function validatePlanItem(input: unknown): ValidationResult<PlanItemInput> {
	return toResult(planItemSchema.safeParse(input));
}

/** Validates a whole plan (≤ 40 items, unique ids). Never throws. */
export function validatePlan(input: unknown): ValidationResult<PlanItemInput[]> {
	return toResult(planSchema.safeParse(input));
}

// ---------------------------------------------------------------------------------------------------------
// Completeness
// ---------------------------------------------------------------------------------------------------------

/**
 * How "complete" a plan looks, 0..1, for a progress indicator.
 *
 * - empty plan → 0;
 * - otherwise min(1, totalMinutes / sessionMinutes) (an over-long plan counts as 1; use `planTiming` to
 *   flag the overrun);
 * - the result is capped at 0.99 unless the plan is framed: the first item is an OPENING or WARM_UP and
 *   the last item is a CLOSING. So 1 means "fills the session and has an opening and a closing".
 *
 * @throws RangeError when sessionMinutes is not a finite number > 0.
 */
export function planCompleteness(
	items: { kind: PlanItemKind; minutes: number }[],
	sessionMinutes: number
): number {
	if (!Number.isFinite(sessionMinutes) || sessionMinutes <= 0) {
		throw new RangeError(`sessionMinutes must be a finite number > 0, got ${sessionMinutes}`);
	}
	if (items.length === 0) return 0;
	const total = items.reduce((sum, i) => sum + Math.max(0, i.minutes), 0);
	const fill = Math.min(1, total / sessionMinutes);
	const first = items[0].kind;
	const last = items[items.length - 1].kind;
	const framed = (first === 'OPENING' || first === 'WARM_UP') && last === 'CLOSING';
	return framed ? fill : Math.min(fill, 0.99);
}
