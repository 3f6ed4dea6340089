import { z } from 'zod';
import {
	PLAN_ITEM_KINDS,
	PLAN_ITEM_MAX_MINUTES,
	PLAN_ITEM_NOTES_MAX,
	PLAN_ITEM_TITLE_MAX,
	PLAN_MAX_ITEMS
} from '../../../domain/plan';
import { idSchema } from '../id';

/** One plan step as the planner sends it; ids are made by the client (random UUIDs) and kept across saves. */
export const planItemInput = z
	.object({
		id: idSchema,
		kind: z.enum(PLAN_ITEM_KINDS),
		activityId: idSchema.nullable(),
		title: z.string().trim().max(PLAN_ITEM_TITLE_MAX),
		minutes: z.number().int().min(1).max(PLAN_ITEM_MAX_MINUTES),
		notes: z.string().max(PLAN_ITEM_NOTES_MAX)
	})
	.superRefine((item, ctx) => {
		if (item.kind !== 'ACTIVITY' && item.activityId !== null)
			ctx.addIssue({ code: 'custom', path: ['activityId'], message: 'errors.plan.blockWithActivity' });
		if (item.kind === 'ACTIVITY' && item.activityId === null && !item.title)
			ctx.addIssue({ code: 'custom', path: ['activityId'], message: 'errors.field.required' });
	});

export const planItemsInput = z
	.array(planItemInput)
	.max(PLAN_MAX_ITEMS)
	.superRefine((items, ctx) => {
		const seen = new Set<string>();
		items.forEach((item, i) => {
			if (seen.has(item.id))
				ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'errors.plan.duplicateItem' });
			seen.add(item.id);
		});
	});

export const savePlanInput = z.object({
	/** The version the client's edit started from, and that version's items (the merge base). */
	baseVersion: z.number().int().min(1).max(1_000_000_000),
	baseItems: planItemsInput,
	items: planItemsInput
});

export const saveTemplateInput = z.object({
	name: z.string().trim().min(1).max(100),
	items: planItemsInput.refine((items) => items.length > 0, 'errors.plan.emptyTemplate')
});

export const templateIdInput = z.object({ templateId: idSchema });
