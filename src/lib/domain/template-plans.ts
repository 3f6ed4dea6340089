/**
 * Session plans drawn from a group template (小组主题模板) for any number of sessions. Pure functions.
 *
 * Every plan fits the session length by construction: an opening, the activities and a closing add up to at
 * most the session's minutes (activities are shortened towards their minimum, and dropped last-first when even
 * that does not fit). A group with more sessions than its template keeps every template session and adds
 * distinct sessions drawn from the library for the same stage and theme; a group with fewer keeps the first
 * and the last session and merges neighbouring middle sessions.
 *
 * The library is a parameter (the caller passes the built-in library) so that client code can use the
 * outline's stages without loading the activity data.
 */
import type { GroupTemplate, GroupTemplateSession } from './group-templates';
import type { Stage } from './vocabularies';
import { stageForSession } from './stages';

export const OPENING_MINUTES = 5;
export const CLOSING_MINUTES = 10;
/** Short sessions get a shorter closing so that there is time left for an activity. */
const SHORT_SESSION_MINUTES = 45;
const SHORT_CLOSING_MINUTES = 5;
/** Not drawn into library sessions: the anchors, and the closing round (each plan ends with a closing). */
const NOT_FROM_LIBRARY = new Set(['group-contract', 'review-and-farewell', 'closing-circle']);
/** At most this many activities in a session drawn from the library or merged from several. */
const MAX_LIBRARY_ACTIVITIES = 4;

/** Activities anchor the first and the last session; they are the last to be dropped when time is short. */
const ANCHOR_KEYS = new Set(['group-contract', 'review-and-farewell']);

export interface PlanLibraryActivity {
	key: string;
	stages: readonly Stage[];
	themes: readonly string[];
	minMinutes: number;
	defaultMinutes: number;
	maxMinutes: number;
	titleZh: string;
	titleEn: string;
	purposeZh: string;
	purposeEn: string;
}

/** Where a session of the group comes from. */
export type SessionSlot =
	{ kind: 'template'; stage: Stage; sources: GroupTemplateSession[] } | { kind: 'library'; stage: Stage };

export interface PlannedActivity {
	key: string;
	minutes: number;
}

export interface PlannedSession {
	number: number;
	stage: Stage;
	titleZh: string;
	titleEn: string;
	/** The session's goals: the purposes of its activities, one per line. */
	goalsZh: string;
	goalsEn: string;
	openingMinutes: number;
	activities: PlannedActivity[];
	closingMinutes: number;
	fromLibrary: boolean;
}

/** Splits `total` items into `parts` contiguous runs whose lengths differ by at most one (longer runs first). */
function runs(total: number, parts: number): number[][] {
	const out: number[][] = [];
	let next = 0;
	for (let i = 0; i < parts; i++) {
		const size = Math.floor(total / parts) + (i < total % parts ? 1 : 0);
		out.push(Array.from({ length: size }, (_, j) => next + j));
		next += size;
	}
	return out;
}

/**
 * The outline of a group of `count` sessions from `template`: which template sessions each session comes from
 * (one, or several merged), or that it is drawn from the library.
 *
 * - count equal to the template: the template as it is;
 * - fewer: the first and the last session stay; the middle sessions are merged in neighbouring runs (a run
 *   takes the stage of its first session), so working and consolidating sessions both remain where there is room;
 *   one session alone is the opening session;
 * - more: every template session stays in order; each middle session is followed by library sessions of its
 *   stage, spread evenly.
 *
 * @throws RangeError for a count that is not an integer ≥ 1.
 */
export function sessionSlots(template: GroupTemplate, count: number): SessionSlot[] {
	if (!Number.isInteger(count) || count < 1) throw new RangeError(`session count must be >= 1, got ${count}`);
	const sessions = template.sessions;
	const first = sessions[0];
	const last = sessions[sessions.length - 1];
	const middle = sessions.slice(1, -1);
	const fromTemplate = (s: GroupTemplateSession[]): SessionSlot => ({
		kind: 'template',
		stage: s[0].stage,
		sources: s
	});
	if (count === 1) return [fromTemplate([first])];
	if (count <= sessions.length) {
		const merged = runs(middle.length, count - 2).map((run) => fromTemplate(run.map((i) => middle[i])));
		return [fromTemplate([first]), ...merged, fromTemplate([last])];
	}
	const slots: SessionSlot[] = [fromTemplate([first])];
	const between = count - 2;
	if (middle.length === 0) {
		for (let n = 2; n < count; n++) slots.push({ kind: 'library', stage: stageForSession(n, count) });
	} else {
		// Middle position j comes from middle session ⌊j·m/M⌋: its first position is the template session, the
		// positions after it (same source) are library sessions of that stage.
		let previous = -1;
		for (let j = 0; j < between; j++) {
			const source = Math.floor((j * middle.length) / between);
			slots.push(
				source === previous
					? { kind: 'library', stage: middle[source].stage }
					: fromTemplate([middle[source]])
			);
			previous = source;
		}
	}
	slots.push(fromTemplate([last]));
	return slots;
}

/** The stage of each session of a group of `count` sessions planned from `template`. */
export function slotStages(template: GroupTemplate, count: number): Stage[] {
	return sessionSlots(template, count).map((s) => s.stage);
}

/** Opening and closing minutes for a session length; the rest is for activities. */
export function sessionFrame(sessionMinutes: number) {
	const closingMinutes = sessionMinutes < SHORT_SESSION_MINUTES ? SHORT_CLOSING_MINUTES : CLOSING_MINUTES;
	const openingMinutes = Math.min(OPENING_MINUTES, Math.max(0, sessionMinutes - closingMinutes));
	const activityMinutes = Math.max(0, sessionMinutes - openingMinutes - closingMinutes);
	return { openingMinutes, closingMinutes: Math.min(closingMinutes, sessionMinutes), activityMinutes };
}

/**
 * Minutes for activities (in priority order) within `budget`: each starts at its default; when the total is
 * over, the activities with the most room above their minimum are shortened first (in 5-minute steps where
 * possible); when even the minimums do not fit, the last activity that is not an anchor is dropped and the rest
 * fitted again. Time left over lengthens activities up to their maximum, so the plan fills the session.
 * The result keeps the input order and never exceeds `budget`.
 */
export function fitActivities(
	activities: readonly PlanLibraryActivity[],
	budget: number
): { activity: PlanLibraryActivity; minutes: number }[] {
	let chosen = [...activities];
	while (chosen.length > 0 && chosen.reduce((sum, a) => sum + a.minMinutes, 0) > budget) {
		let drop = chosen.length - 1;
		while (drop > 0 && ANCHOR_KEYS.has(chosen[drop].key)) drop--;
		chosen = chosen.filter((_, i) => i !== drop);
	}
	const minutes = chosen.map((a) => a.defaultMinutes);
	const total = () => minutes.reduce((sum, m) => sum + m, 0);
	const adjust = (room: (i: number) => number, sign: 1 | -1) => {
		let gap = sign === -1 ? total() - budget : budget - total();
		while (gap > 0) {
			let best = -1;
			for (let i = 0; i < chosen.length; i++) if (room(i) > 0 && (best < 0 || room(i) > room(best))) best = i;
			if (best < 0) return;
			const step = Math.min(gap >= 5 ? 5 : gap, room(best));
			minutes[best] += sign * step;
			gap -= step;
		}
	};
	adjust((i) => minutes[i] - chosen[i].minMinutes, -1);
	adjust((i) => chosen[i].maxMinutes - minutes[i], 1);
	return chosen.map((activity, i) => ({ activity, minutes: minutes[i] }));
}

const suitsTheme = (activity: PlanLibraryActivity, theme: string) =>
	theme === 'CUSTOM' || activity.themes.includes(theme);

const setKey = (keys: string[]) => [...keys].sort().join('|');

/**
 * Plans for every session of a group of `count` sessions of `sessionMinutes` from `template`, drawn from
 * `library` (activity keys the library does not have are left out).
 *
 * Guarantees, for any count and any length that leaves room for the activities:
 * - opening + activities + closing ≤ sessionMinutes;
 * - a library session has a set of activities no other session of the group has (it takes activities the
 *   group does not use yet first, and suits its stage and the template's theme).
 */
export function planSessionsFromTemplate(
	template: GroupTemplate,
	count: number,
	sessionMinutes: number,
	library: readonly PlanLibraryActivity[]
): PlannedSession[] {
	const byKey = new Map(library.map((a) => [a.key, a]));
	const frame = sessionFrame(sessionMinutes);
	const slots = sessionSlots(template, count);

	// Template sessions first, so that library sessions avoid every activity the template uses.
	const planned: (PlannedSession | null)[] = slots.map((slot, i) => {
		if (slot.kind !== 'template') return null;
		const fitted =
			slot.sources.length === 1
				? fitActivities(
						slot.sources[0].activityKeys.filter((k) => byKey.has(k)).map((k) => byKey.get(k)!),
						frame.activityMinutes
					)
				: mergeSources(slot.sources, byKey, frame.activityMinutes);
		const used = slot.sources.filter((s) =>
			s.activityKeys.some((k) => fitted.some((f) => f.activity.key === k))
		);
		const titled = used.length > 0 ? used : slot.sources.slice(0, 1);
		return session(i + 1, slot.stage, fitted, {
			titleZh: titled.map((s) => s.titleZh).join('·'),
			titleEn: titled.map((s) => s.titleEn).join(' · '),
			fromLibrary: false
		});
	});

	const uses = new Map<string, number>();
	const taken = new Set<string>();
	for (const p of planned) {
		if (!p) continue;
		taken.add(setKey(p.activities.map((a) => a.key)));
		for (const a of p.activities) uses.set(a.key, (uses.get(a.key) ?? 0) + 1);
	}
	slots.forEach((slot, i) => {
		if (slot.kind !== 'library') return;
		const candidates = library
			.map((a, index) => ({ a, index }))
			.filter(
				({ a }) =>
					a.stages.includes(slot.stage) && suitsTheme(a, template.key) && !NOT_FROM_LIBRARY.has(a.key)
			)
			.sort((x, y) => (uses.get(x.a.key) ?? 0) - (uses.get(y.a.key) ?? 0) || x.index - y.index)
			.map(({ a }) => a);
		let fitted = pickFromLibrary(candidates, frame.activityMinutes);
		// Skip leading candidates until the set is one no other session has.
		for (
			let skip = 1;
			taken.has(setKey(fitted.map((f) => f.activity.key))) && skip < candidates.length;
			skip++
		)
			fitted = pickFromLibrary(candidates.slice(skip), frame.activityMinutes);
		fitted.sort((x, y) => library.indexOf(x.activity) - library.indexOf(y.activity));
		taken.add(setKey(fitted.map((f) => f.activity.key)));
		for (const f of fitted) uses.set(f.activity.key, (uses.get(f.activity.key) ?? 0) + 1);
		const lead = [...fitted].sort((x, y) => y.minutes - x.minutes).slice(0, 2);
		planned[i] = session(i + 1, slot.stage, fitted, {
			titleZh: lead.map((f) => f.activity.titleZh).join('与'),
			titleEn: lead.map((f) => f.activity.titleEn).join(' and '),
			fromLibrary: true
		});
	});
	return planned as PlannedSession[];

	function session(
		number: number,
		stage: Stage,
		fitted: { activity: PlanLibraryActivity; minutes: number }[],
		named: { titleZh: string; titleEn: string; fromLibrary: boolean }
	): PlannedSession {
		const numbered = (text: (a: PlanLibraryActivity) => string) =>
			fitted.map((f, i) => `${i + 1}. ${text(f.activity)}`).join('\n');
		return {
			number,
			stage,
			...named,
			goalsZh: numbered((a) => a.purposeZh),
			goalsEn: numbered((a) => a.purposeEn),
			openingMinutes: frame.openingMinutes,
			activities: fitted.map((f) => ({ key: f.activity.key, minutes: f.minutes })),
			closingMinutes: frame.closingMinutes
		};
	}
}

/** Greedy pick in candidate order: each activity that still fits at its minimum, up to the session's budget. */
function pickFromLibrary(candidates: readonly PlanLibraryActivity[], budget: number) {
	const picked: PlanLibraryActivity[] = [];
	let left = budget;
	for (const a of candidates) {
		if (picked.length >= MAX_LIBRARY_ACTIVITIES || left < 5) break;
		if (a.minMinutes > left) continue;
		picked.push(a);
		left -= Math.min(a.defaultMinutes, left);
	}
	return fitActivities(picked, budget);
}

/**
 * A session merged from several template sessions: each source in turn gives its longest activity not yet
 * taken that still fits at its default length (so every source keeps its main activity where there is room).
 */
function mergeSources(
	sources: readonly GroupTemplateSession[],
	byKey: Map<string, PlanLibraryActivity>,
	budget: number
) {
	const lists = sources.map((s) =>
		s.activityKeys
			.map((k) => byKey.get(k))
			.filter((a) => a !== undefined)
			.sort((x, y) => y.defaultMinutes - x.defaultMinutes)
	);
	const picked: PlanLibraryActivity[] = [];
	let left = budget;
	for (let round = 0; lists.some((l) => round < l.length); round++)
		for (const list of lists) {
			const a = list[round];
			if (!a || picked.length >= MAX_LIBRARY_ACTIVITIES || picked.includes(a) || a.defaultMinutes > left)
				continue;
			picked.push(a);
			left -= a.defaultMinutes;
		}
	const order = sources.flatMap((s) => s.activityKeys);
	return fitActivities(
		picked.sort((x, y) => order.indexOf(x.key) - order.indexOf(y.key)),
		budget
	);
}

/** The total minutes of a planned session (opening, activities, closing). */
export function plannedMinutes(session: PlannedSession): number {
	return (
		session.openingMinutes + session.closingMinutes + session.activities.reduce((s, a) => s + a.minutes, 0)
	);
}
