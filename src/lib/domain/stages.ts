/**
 * Group-work stage model (pure functions, no I/O).
 *
 * The stages follow the usual group-development sequence used in social group work:
 * PREPARATION (planning before the group meets) → BEGINNING → WORKING → CONSOLIDATING → ENDING.
 */

import { STAGES, type SessionStatus, type Stage } from './vocabularies';

export { STAGES, type Stage, type SessionStatus } from './vocabularies';

export function isStage(value: unknown): value is Stage {
	return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/**
 * Stage of session `number` (1-based) in a programme of `count` sessions.
 *
 * Rules:
 * - count === 1: the single session is BEGINNING (a one-off session is treated as an opening/contracting
 *   session; there is no separate ending session to plan for).
 * - otherwise session 1 is BEGINNING and session `count` is ENDING.
 * - the m = count − 2 sessions in between are split in two halves; the first ⌈m/2⌉ are WORKING and the
 *   remaining ⌊m/2⌋ are CONSOLIDATING (so with an odd middle, the extra session goes to WORKING).
 *
 * Examples: 2 → B,E · 3 → B,W,E · 4 → B,W,C,E · 5 → B,W,W,C,E · 6 → B,W,W,C,C,E · 8 → B,W,W,W,C,C,C,E.
 *
 * PREPARATION is never returned here; it is the phase before session 1 (see `groupStage`).
 *
 * @throws RangeError when `count` is not an integer ≥ 1 or `number` is not an integer in 1..count.
 */
export function stageForSession(number: number, count: number): Stage {
	if (!Number.isInteger(count) || count < 1) {
		throw new RangeError(`session count must be an integer >= 1, got ${count}`);
	}
	if (!Number.isInteger(number) || number < 1 || number > count) {
		throw new RangeError(`session number must be an integer in 1..${count}, got ${number}`);
	}
	if (number === 1) return 'BEGINNING';
	if (number === count) return 'ENDING';
	const middle = count - 2;
	const working = Math.ceil(middle / 2);
	const indexInMiddle = number - 2; // 0-based
	return indexInMiddle < working ? 'WORKING' : 'CONSOLIDATING';
}

/**
 * Current stage of a group, from its sessions.
 *
 * Rules:
 * - no session is DONE (including no sessions at all) → PREPARATION;
 * - otherwise the stage of the PLANNED session with the lowest `number` (the next session to run);
 *   CANCELLED sessions are skipped, they are neither done nor upcoming;
 * - no PLANNED session left (everything done or cancelled) → ENDING.
 */
export function groupStage(sessions: { number: number; status: SessionStatus; stage: Stage }[]): Stage {
	if (!sessions.some((s) => s.status === 'DONE')) return 'PREPARATION';
	let next: { number: number; stage: Stage } | null = null;
	for (const s of sessions) {
		if (s.status !== 'PLANNED') continue;
		if (next === null || s.number < next.number) next = s;
	}
	return next === null ? 'ENDING' : next.stage;
}

const STAGE_FOCUS: Record<Stage, readonly string[]> = {
	PREPARATION: ['planning', 'recruitment', 'contracting'],
	BEGINNING: ['introductions', 'icebreaker', 'group-norms', 'expectations', 'trust'],
	WORKING: ['skill-building', 'sharing', 'problem-solving', 'cohesion'],
	CONSOLIDATING: ['practice', 'reflection', 'transfer', 'self-efficacy'],
	ENDING: ['review', 'evaluation', 'celebration', 'farewell']
};

const FIRST_SESSION_FOCUS = ['introductions', 'group-norms'] as const;
const LAST_SESSION_FOCUS = ['review', 'farewell'] as const;

/**
 * Focus tags (matching activity `themes`) suggested for a session.
 *
 * The first session always gets 'introductions' and 'group-norms' first, the last session always gets
 * 'review' and 'farewell' first (a 1-session group gets both sets), followed by the stage's own tags.
 * The result has no duplicates and is a fresh array.
 */
export function suggestedActivityFocus(stage: Stage, isFirst: boolean, isLast: boolean): string[] {
	const tags: string[] = [];
	if (isFirst) tags.push(...FIRST_SESSION_FOCUS);
	if (isLast) tags.push(...LAST_SESSION_FOCUS);
	tags.push(...STAGE_FOCUS[stage]);
	return [...new Set(tags)];
}

function norm(tag: string): string {
	return tag.trim().toLowerCase();
}

export interface RankContext {
	stage: Stage;
	theme: string;
	isFirst: boolean;
	isLast: boolean;
	alreadyPlannedKeys?: string[];
}

/**
 * Activities suitable for a session, best fit first.
 *
 * Filtering: an activity is kept when its `stages` contains `ctx.stage`, or when `stages` is empty
 * (an empty list means "suits any stage"). All others are excluded.
 *
 * Sorting (lexicographic, each criterion only breaks ties of the previous ones):
 * 1. explicit stage match before "any stage" activities;
 * 2. `themes` contains `ctx.theme` (case-insensitive, trimmed; an empty theme matches nothing);
 * 3. not already planned (`key` not in `ctx.alreadyPlannedKeys`; activities without a key are never
 *    considered planned);
 * 4. more `themes` overlapping `suggestedActivityFocus(stage, isFirst, isLast)`;
 * 5. original input order (the sort is stable).
 *
 * Returns a new array; the input is not modified.
 */
export function rankActivitiesForSession<
	T extends { stages: Stage[]; themes: string[]; key?: string | null }
>(activities: T[], ctx: RankContext): T[] {
	const theme = norm(ctx.theme);
	const planned = new Set(ctx.alreadyPlannedKeys ?? []);
	const focus = new Set(suggestedActivityFocus(ctx.stage, ctx.isFirst, ctx.isLast));

	const scored: { activity: T; keys: number[]; index: number }[] = [];
	activities.forEach((activity, index) => {
		const explicit = activity.stages.includes(ctx.stage);
		if (!explicit && activity.stages.length > 0) return;
		const themes = new Set(activity.themes.map(norm));
		const themeMatch = theme !== '' && themes.has(theme);
		const isPlanned = activity.key != null && planned.has(activity.key);
		let focusOverlap = 0;
		for (const t of themes) if (focus.has(t)) focusOverlap++;
		scored.push({
			activity,
			index,
			keys: [explicit ? 1 : 0, themeMatch ? 1 : 0, isPlanned ? 0 : 1, focusOverlap]
		});
	});

	scored.sort((a, b) => {
		for (let i = 0; i < a.keys.length; i++) {
			const d = b.keys[i] - a.keys[i];
			if (d !== 0) return d;
		}
		return a.index - b.index;
	});
	return scored.map((s) => s.activity);
}
