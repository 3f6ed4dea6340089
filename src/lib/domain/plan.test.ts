import { describe, expect, it } from 'vitest';
import {
	formatClock,
	insertItem,
	mergePlans,
	moveItem,
	planCompleteness,
	planItemSchema,
	planSchema,
	planTiming,
	removeItem,
	validatePlan,
	validatePlanItem,
	type PlanItemInput,
	type PlanItemKind
} from './plan';

function item(id: string, overrides: Partial<PlanItemInput> = {}): PlanItemInput {
	return {
		id,
		kind: 'ACTIVITY',
		activityId: null,
		title: id.toUpperCase(),
		minutes: 10,
		notes: '',
		...overrides
	};
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('formatClock', () => {
	it('formats and wraps', () => {
		expect(formatClock(0)).toBe('00:00');
		expect(formatClock(9 * 60 + 5)).toBe('09:05');
		expect(formatClock(23 * 60 + 59)).toBe('23:59');
		expect(formatClock(24 * 60)).toBe('00:00');
		expect(formatClock(24 * 60 + 70)).toBe('01:10');
		expect(formatClock(-10)).toBe('23:50');
	});
});

describe('planTiming', () => {
	it('lays items out back to back and reports remaining time', () => {
		// start 14:00, items 10 + 45 + 15 = 70 of 90 → 20 minutes left
		const t = planTiming([{ minutes: 10 }, { minutes: 45 }, { minutes: 15 }], { hour: 14, minute: 0 }, 90);
		expect(t.rows).toEqual([
			{ startMinute: 0, endMinute: 10, startClock: '14:00', endClock: '14:10' },
			{ startMinute: 10, endMinute: 55, startClock: '14:10', endClock: '14:55' },
			{ startMinute: 55, endMinute: 70, startClock: '14:55', endClock: '15:10' }
		]);
		expect(t.totalMinutes).toBe(70);
		expect(t.remainingMinutes).toBe(20);
		expect(t.overBy).toBe(0);
		expect(t.isOver).toBe(false);
	});

	it('reports an over-run', () => {
		// 30 + 45 + 30 = 105 in a 90-minute session → 15 over
		const t = planTiming([{ minutes: 30 }, { minutes: 45 }, { minutes: 30 }], { hour: 9, minute: 30 }, 90);
		expect(t.totalMinutes).toBe(105);
		expect(t.remainingMinutes).toBe(-15);
		expect(t.overBy).toBe(15);
		expect(t.isOver).toBe(true);
		expect(t.rows[2].endClock).toBe('11:15');
	});

	it('treats an exact fit as not over', () => {
		const t = planTiming([{ minutes: 60 }, { minutes: 30 }], { hour: 10, minute: 0 }, 90);
		expect(t.remainingMinutes).toBe(0);
		expect(t.overBy).toBe(0);
		expect(t.isOver).toBe(false);
	});

	it('wraps the clock past midnight', () => {
		// 23:45 + 10 → 23:55, + 20 → 00:15
		const t = planTiming([{ minutes: 10 }, { minutes: 20 }], { hour: 23, minute: 45 }, 60);
		expect(t.rows.map((r) => [r.startClock, r.endClock])).toEqual([
			['23:45', '23:55'],
			['23:55', '00:15']
		]);
	});

	it('handles an empty plan', () => {
		expect(planTiming([], { hour: 8, minute: 0 }, 60)).toEqual({
			rows: [],
			totalMinutes: 0,
			remainingMinutes: 60,
			overBy: 0,
			isOver: false
		});
	});

	it('rejects bad durations', () => {
		expect(() => planTiming([{ minutes: -5 }], { hour: 8, minute: 0 }, 60)).toThrow(RangeError);
		expect(() => planTiming([{ minutes: Number.NaN }], { hour: 8, minute: 0 }, 60)).toThrow(RangeError);
		expect(() => planTiming([], { hour: 8, minute: 0 }, -1)).toThrow(RangeError);
		expect(() => planTiming([], { hour: Number.NaN, minute: 0 }, 60)).toThrow(RangeError);
	});
});

describe('moveItem / insertItem / removeItem', () => {
	const list = ['a', 'b', 'c', 'd'];

	it('moves forwards and backwards without mutating', () => {
		expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
		expect(moveItem(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
		expect(moveItem(list, 1, 3)).toEqual(['a', 'c', 'd', 'b']);
		const same = moveItem(list, 2, 2);
		expect(same).toEqual(list);
		expect(same).not.toBe(list);
		expect(list).toEqual(['a', 'b', 'c', 'd']);
	});

	it('rejects out-of-range moves', () => {
		expect(() => moveItem(list, -1, 0)).toThrow(RangeError);
		expect(() => moveItem(list, 4, 0)).toThrow(RangeError);
		expect(() => moveItem(list, 0, 4)).toThrow(RangeError);
		expect(() => moveItem(list, 0.5, 1)).toThrow(RangeError);
		expect(() => moveItem([], 0, 0)).toThrow(RangeError);
	});

	it('inserts at start, middle and end', () => {
		expect(insertItem(list, 0, 'x')).toEqual(['x', 'a', 'b', 'c', 'd']);
		expect(insertItem(list, 2, 'x')).toEqual(['a', 'b', 'x', 'c', 'd']);
		expect(insertItem(list, 4, 'x')).toEqual(['a', 'b', 'c', 'd', 'x']);
		expect(insertItem([], 0, 'x')).toEqual(['x']);
		expect(() => insertItem(list, 5, 'x')).toThrow(RangeError);
		expect(() => insertItem(list, -1, 'x')).toThrow(RangeError);
		expect(list).toEqual(['a', 'b', 'c', 'd']);
	});

	it('removes', () => {
		expect(removeItem(list, 0)).toEqual(['b', 'c', 'd']);
		expect(removeItem(list, 3)).toEqual(['a', 'b', 'c']);
		expect(() => removeItem(list, 4)).toThrow(RangeError);
		expect(() => removeItem([], 0)).toThrow(RangeError);
		expect(list).toEqual(['a', 'b', 'c', 'd']);
	});
});

describe('mergePlans', () => {
	const base = [item('a'), item('b'), item('c'), item('d')];

	it('returns the plan unchanged when nobody changed anything', () => {
		const r = mergePlans(base, base, base);
		expect(r.merged).toEqual(base);
		expect(r.conflicts).toEqual([]);
		expect(r.merged[0]).not.toBe(base[0]);
	});

	it('takes the only side that changed', () => {
		const mine = [item('a'), item('b', { minutes: 25 }), item('c'), item('d')];
		expect(mergePlans(base, mine, base)).toEqual({ merged: mine, conflicts: [] });
		expect(mergePlans(base, base, mine)).toEqual({ merged: mine, conflicts: [] });
	});

	it('keeps additions from both sides, placing mine after its predecessor', () => {
		// theirs adds t1 at the end; mine adds m1 after b and m2 at the very start
		const theirs = [...base, item('t1')];
		const mine = [item('m2'), item('a'), item('b'), item('m1'), item('c'), item('d')];
		const r = mergePlans(base, mine, theirs);
		expect(ids(r.merged)).toEqual(['m2', 'a', 'b', 'm1', 'c', 'd', 't1']);
		expect(r.conflicts).toEqual([]);
	});

	it('keeps consecutive additions together and in order', () => {
		const theirs = [item('a'), item('t1'), item('b'), item('c'), item('d')];
		const mine = [item('a'), item('m1'), item('m2'), item('b'), item('c'), item('d')];
		const r = mergePlans(base, mine, theirs);
		// theirs' order is the base order; m1, m2 go right after 'a' (their predecessor in mine)
		expect(ids(r.merged)).toEqual(['a', 'm1', 'm2', 't1', 'b', 'c', 'd']);
	});

	it('anchors an addition to an earlier item when its predecessor was deleted by the other side', () => {
		// theirs deletes b (unchanged in mine); mine adds m1 after b → m1 goes after a
		const theirs = [item('a'), item('c'), item('d')];
		const mine = [item('a'), item('b'), item('m1'), item('c'), item('d')];
		const r = mergePlans(base, mine, theirs);
		expect(ids(r.merged)).toEqual(['a', 'm1', 'c', 'd']);
		expect(r.conflicts).toEqual([]);
	});

	it('removes items deleted on one side and unchanged on the other', () => {
		const mine = [item('a'), item('c'), item('d')]; // mine deletes b
		const theirs = [item('a'), item('b'), item('c')]; // theirs deletes d
		const r = mergePlans(base, mine, theirs);
		expect(ids(r.merged)).toEqual(['a', 'c']);
		expect(r.conflicts).toEqual([]);
	});

	it('removes items deleted on both sides', () => {
		const r = mergePlans(base, [item('a'), item('c'), item('d')], [item('a'), item('c'), item('d')]);
		expect(ids(r.merged)).toEqual(['a', 'c', 'd']);
		expect(r.conflicts).toEqual([]);
	});

	it('merges different fields of the same item from both sides', () => {
		const mine = [item('a', { minutes: 20 }), item('b'), item('c'), item('d')];
		const theirs = [item('a', { notes: 'bring cards' }), item('b'), item('c'), item('d')];
		const r = mergePlans(base, mine, theirs);
		expect(r.merged[0]).toEqual(item('a', { minutes: 20, notes: 'bring cards' }));
		expect(r.conflicts).toEqual([]);
	});

	it('accepts the same change made on both sides', () => {
		const mine = [item('a', { title: 'Check-in' }), item('b'), item('c'), item('d')];
		const theirs = [item('a', { title: 'Check-in' }), item('b'), item('c'), item('d')];
		const r = mergePlans(base, mine, theirs);
		expect(r.merged[0].title).toBe('Check-in');
		expect(r.conflicts).toEqual([]);
	});

	it('reports the same field changed differently as a conflict and keeps theirs', () => {
		const mine = [item('a'), item('b', { minutes: 20, title: 'Mine' }), item('c'), item('d')];
		const theirs = [item('a'), item('b', { minutes: 30, notes: 'n' }), item('c'), item('d')];
		const r = mergePlans(base, mine, theirs);
		expect(r.merged[1]).toEqual(item('b', { minutes: 30, title: 'Mine', notes: 'n' }));
		expect(r.conflicts).toEqual([{ itemId: 'b', field: 'minutes', mine: 20, theirs: 30 }]);
	});

	it('reports several conflicts in merged order, then field order', () => {
		const mine = [item('a', { notes: 'x', minutes: 1 }), item('b'), item('c'), item('d', { title: 'M' })];
		const theirs = [item('a', { notes: 'y', minutes: 2 }), item('b'), item('c'), item('d', { title: 'T' })];
		const r = mergePlans(base, mine, theirs);
		expect(r.conflicts.map((c) => `${c.itemId}.${c.field}`)).toEqual(['a.minutes', 'a.notes', 'd.title']);
	});

	it('merges kind and activityId too', () => {
		const mine = [item('a', { kind: 'OPENING' }), item('b'), item('c'), item('d')];
		const theirs = [item('a', { activityId: 'act-1' }), item('b'), item('c'), item('d')];
		const r = mergePlans(base, mine, theirs);
		expect(r.merged[0]).toEqual(item('a', { kind: 'OPENING', activityId: 'act-1' }));
		expect(r.conflicts).toEqual([]);
	});

	it('keeps an item deleted by theirs but edited by mine, as a conflict', () => {
		const mine = [item('a'), item('b', { notes: 'important' }), item('c'), item('d')];
		const theirs = [item('a'), item('c'), item('d')];
		const r = mergePlans(base, mine, theirs);
		expect(ids(r.merged)).toEqual(['a', 'b', 'c', 'd']);
		expect(r.merged[1].notes).toBe('important');
		expect(r.conflicts).toEqual([
			{ itemId: 'b', field: 'deleted', mine: item('b', { notes: 'important' }), theirs: null }
		]);
	});

	it('keeps an item deleted by mine but edited by theirs, as a conflict', () => {
		const mine = [item('a'), item('b'), item('d')];
		const theirs = [item('a'), item('b'), item('c', { minutes: 5 }), item('d')];
		const r = mergePlans(base, mine, theirs);
		expect(ids(r.merged)).toEqual(['a', 'b', 'c', 'd']);
		expect(r.merged[2].minutes).toBe(5);
		expect(r.conflicts).toEqual([
			{ itemId: 'c', field: 'deleted', mine: null, theirs: item('c', { minutes: 5 }) }
		]);
	});

	it('takes mine order when only mine reordered', () => {
		const mine = [item('d'), item('a'), item('b'), item('c')];
		const theirs = [item('a'), item('b', { minutes: 40 }), item('c'), item('d'), item('t1')];
		const r = mergePlans(base, mine, theirs);
		// mine's order is the backbone; theirs' addition t1 goes after d (its predecessor in theirs)
		expect(ids(r.merged)).toEqual(['d', 't1', 'a', 'b', 'c']);
		expect(r.merged[3].minutes).toBe(40);
		expect(r.conflicts).toEqual([]);
	});

	it('takes theirs order when only theirs reordered', () => {
		const mine = [item('a'), item('b'), item('c'), item('d'), item('m1')];
		const theirs = [item('b'), item('a'), item('c'), item('d')];
		const r = mergePlans(base, mine, theirs);
		expect(ids(r.merged)).toEqual(['b', 'a', 'c', 'd', 'm1']);
		expect(r.conflicts).toEqual([]);
	});

	it('lets theirs win when both reordered, without a conflict', () => {
		const mine = [item('d'), item('c'), item('b'), item('a')];
		const theirs = [item('b'), item('a'), item('c'), item('d')];
		const r = mergePlans(base, mine, theirs);
		expect(ids(r.merged)).toEqual(['b', 'a', 'c', 'd']);
		expect(r.conflicts).toEqual([]);
	});

	it('does not treat deletions or additions as reorders', () => {
		// mine only deletes a and adds m1 at the front; theirs swaps c and d → theirs order
		const mine = [item('m1'), item('b'), item('c'), item('d')];
		const theirs = [item('a'), item('b'), item('d'), item('c')];
		const r = mergePlans(base, mine, theirs);
		expect(ids(r.merged)).toEqual(['m1', 'b', 'd', 'c']);
		expect(r.conflicts).toEqual([]);
	});

	it('places a delete/edit survivor next to its predecessor on the editing side', () => {
		// mine reorders (d first) and deletes b; theirs edits b → b survives, placed after a (its predecessor in theirs)
		const mine = [item('d'), item('a'), item('c')];
		const theirs = [item('a'), item('b', { title: 'Edited' }), item('c'), item('d')];
		const r = mergePlans(base, mine, theirs);
		expect(ids(r.merged)).toEqual(['d', 'a', 'b', 'c']);
		expect(r.conflicts.map((c) => c.field)).toEqual(['deleted']);
	});

	it('merges the same new id added on both sides field by field', () => {
		const mine = [...base, item('n', { minutes: 5, title: 'New' })];
		const theirs = [...base, item('n', { minutes: 15, title: 'New' })];
		const r = mergePlans(base, mine, theirs);
		expect(ids(r.merged)).toEqual(['a', 'b', 'c', 'd', 'n']);
		expect(r.merged[4].minutes).toBe(15);
		expect(r.conflicts).toEqual([{ itemId: 'n', field: 'minutes', mine: 5, theirs: 15 }]);
	});

	it('works from an empty base', () => {
		const r = mergePlans([], [item('m')], [item('t')]);
		expect(ids(r.merged)).toEqual(['m', 't']);
		expect(r.conflicts).toEqual([]);
	});

	it('handles a complex scenario (both add, one deletes, edits, reorder)', () => {
		const mine = [item('a', { minutes: 15 }), item('c'), item('m1'), item('b'), item('d')]; // swap b/c, add m1
		const theirs = [item('a'), item('b', { notes: 'x' }), item('t1'), item('c')]; // edit b, add t1, delete d
		const r = mergePlans(base, mine, theirs);
		// only mine reordered → mine's order; d removed; t1 goes after b (its predecessor in theirs)
		expect(ids(r.merged)).toEqual(['a', 'c', 'm1', 'b', 't1']);
		expect(r.merged[0].minutes).toBe(15);
		expect(r.merged[3].notes).toBe('x');
		expect(r.conflicts).toEqual([]);
	});

	it('does not mutate its inputs', () => {
		const b = structuredClone(base);
		const m = [item('a', { minutes: 1 }), item('b')];
		const t = [item('a', { minutes: 2 }), item('c')];
		const mCopy = structuredClone(m);
		const tCopy = structuredClone(t);
		const r = mergePlans(b, m, t);
		expect(b).toEqual(base);
		expect(m).toEqual(mCopy);
		expect(t).toEqual(tCopy);
		for (const mergedItem of r.merged) expect([...m, ...t]).not.toContain(mergedItem);
	});

	it('rejects duplicate ids', () => {
		expect(() => mergePlans([item('a'), item('a')], [], [])).toThrow(RangeError);
	});
});

describe('planItemSchema / validatePlanItem', () => {
	it('accepts a valid item', () => {
		const r = validatePlanItem(item('a', { minutes: 480, title: 'x'.repeat(200), notes: 'n'.repeat(2000) }));
		expect(r.ok).toBe(true);
	});

	it.each([
		['zero minutes', { minutes: 0 }, 'minutes'],
		['too many minutes', { minutes: 481 }, 'minutes'],
		['fractional minutes', { minutes: 1.5 }, 'minutes'],
		['long title', { title: 'x'.repeat(201) }, 'title'],
		['long notes', { notes: 'n'.repeat(2001) }, 'notes'],
		['bad kind', { kind: 'LUNCH' as PlanItemKind }, 'kind'],
		['empty id', { id: '' }, 'id']
	])('rejects %s', (_label, overrides, path) => {
		const r = validatePlanItem({ ...item('a'), ...overrides });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
	});

	it('accepts every kind and a null activityId', () => {
		for (const kind of ['ACTIVITY', 'OPENING', 'WARM_UP', 'BREAK', 'CLOSING', 'FREE_TEXT'] as const) {
			expect(planItemSchema.safeParse(item('a', { kind, activityId: null })).success).toBe(true);
		}
	});

	it('rejects non-objects without throwing', () => {
		expect(validatePlanItem(null).ok).toBe(false);
		expect(validatePlanItem('x').ok).toBe(false);
	});
});

describe('planSchema / validatePlan', () => {
	it('accepts up to 40 items', () => {
		const items = Array.from({ length: 40 }, (_, i) => item(`i${i}`));
		expect(planSchema.safeParse(items).success).toBe(true);
		expect(validatePlan([]).ok).toBe(true);
	});

	it('rejects 41 items', () => {
		const items = Array.from({ length: 41 }, (_, i) => item(`i${i}`));
		expect(validatePlan(items).ok).toBe(false);
	});

	it('rejects duplicate ids and reports the path', () => {
		const r = validatePlan([item('a'), item('b'), item('a')]);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[0].path).toBe('2.id');
	});

	it('reports nested item errors with a dotted path', () => {
		const r = validatePlan([item('a'), item('b', { minutes: 0 })]);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[0].path).toBe('1.minutes');
	});
});

describe('planCompleteness', () => {
	const framed = (middle: number) => [
		{ kind: 'OPENING' as const, minutes: 10 },
		{ kind: 'ACTIVITY' as const, minutes: middle },
		{ kind: 'CLOSING' as const, minutes: 10 }
	];

	it('is 0 for an empty plan', () => {
		expect(planCompleteness([], 90)).toBe(0);
	});

	it('is the filled share of the session for a framed plan', () => {
		// 10 + 25 + 10 = 45 of 90 → 0.5
		expect(planCompleteness(framed(25), 90)).toBe(0.5);
		// 10 + 70 + 10 = 90 of 90 → 1
		expect(planCompleteness(framed(70), 90)).toBe(1);
	});

	it('caps at 1 when over-long', () => {
		expect(planCompleteness(framed(200), 90)).toBe(1);
	});

	it('accepts a WARM_UP as the opening', () => {
		expect(
			planCompleteness(
				[
					{ kind: 'WARM_UP', minutes: 30 },
					{ kind: 'CLOSING', minutes: 30 }
				],
				60
			)
		).toBe(1);
	});

	it('caps at 0.99 without an opening first or a closing last', () => {
		expect(planCompleteness([{ kind: 'ACTIVITY', minutes: 90 }], 90)).toBe(0.99);
		expect(
			planCompleteness(
				[
					{ kind: 'OPENING', minutes: 45 },
					{ kind: 'ACTIVITY', minutes: 45 }
				],
				90
			)
		).toBe(0.99);
		expect(
			planCompleteness(
				[
					{ kind: 'ACTIVITY', minutes: 45 },
					{ kind: 'CLOSING', minutes: 45 }
				],
				90
			)
		).toBe(0.99);
		// a partly filled unframed plan is unaffected by the cap: 30 / 90
		expect(planCompleteness([{ kind: 'ACTIVITY', minutes: 30 }], 90)).toBeCloseTo(1 / 3, 12);
	});

	it('rejects a non-positive session length', () => {
		expect(() => planCompleteness([], 0)).toThrow(RangeError);
	});
});
