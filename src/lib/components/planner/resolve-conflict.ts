import type { PlanItemInput, PlanMergeConflict } from '$lib/domain/plan';

/**
 * The plan after a leader chose in a merge conflict. `merged` is `mergePlans(...).merged`, which already holds
 * their values on clashing fields and keeps items one side deleted and the other edited.
 * - 'theirs': the merge as it is;
 * - 'mine': my values on every clashing field, and the items I deleted (that they had edited) removed.
 * Changes that did not clash are kept either way.
 */
export function resolvePlanConflict(
	merged: PlanItemInput[],
	conflicts: PlanMergeConflict[],
	choice: 'mine' | 'theirs'
): PlanItemInput[] {
	if (choice === 'theirs') return merged;
	const removedByMe = new Set(
		conflicts.filter((c) => c.field === 'deleted' && c.mine === null).map((c) => c.itemId)
	);
	return merged
		.filter((item) => !removedByMe.has(item.id))
		.map((item) =>
			conflicts
				.filter((c) => c.itemId === item.id && c.field !== 'deleted')
				.reduce<PlanItemInput>((acc, c) => ({ ...acc, [c.field]: c.mine }), item)
		);
}
