import { describe, expect, it } from 'vitest';
import { mergePlans, type PlanItemInput } from '$lib/domain/plan';
import { resolvePlanConflict } from './resolve-conflict';

const item = (id: string, minutes: number, notes = ''): PlanItemInput => ({
	id,
	kind: 'BREAK',
	activityId: null,
	title: '',
	minutes,
	notes
});

describe('resolvePlanConflict', () => {
	const base = [item('a', 10), item('b', 20), item('c', 5)];
	// Both changed b's minutes; they also added d, I also changed c's notes; they edited a, I deleted it.
	const mine = [item('b', 40), item('c', 5, 'mine')];
	const theirs = [item('a', 15), item('b', 25), item('c', 5), item('d', 7)];
	const { merged, conflicts } = mergePlans(base, mine, theirs);

	it('keeps their values on the clash and every change that did not clash', () => {
		expect(conflicts.map((c) => [c.itemId, c.field])).toEqual([
			['a', 'deleted'],
			['b', 'minutes']
		]);
		const plan = resolvePlanConflict(merged, conflicts, 'theirs');
		expect(plan.map((i) => [i.id, i.minutes, i.notes])).toEqual([
			['a', 15, ''],
			['b', 25, ''],
			['c', 5, 'mine'],
			['d', 7, '']
		]);
	});

	it('takes my values on the clash and my deletion, and still keeps their other changes', () => {
		const plan = resolvePlanConflict(merged, conflicts, 'mine');
		expect(plan.map((i) => [i.id, i.minutes, i.notes])).toEqual([
			['b', 40, ''],
			['c', 5, 'mine'],
			['d', 7, '']
		]);
	});
});
