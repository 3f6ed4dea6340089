import { z } from 'zod';
import { energyLevelSchema, stageSchema } from '../../../domain/vocabularies';
import { idSchema } from '../id';

const text = (max: number) => z.string().trim().max(max);
/** A theme is a built-in code or an organization's own theme name. */
const themeSchema = z.string().trim().min(1).max(60);

export const listActivitiesInput = z.object({
	search: text(100).optional(),
	stage: stageSchema.optional(),
	theme: themeSchema.optional(),
	/** Only activities that can be run within this many minutes (their shortest duration fits). */
	fitsMinutes: z.number().int().min(1).max(480).optional(),
	energy: energyLevelSchema.optional(),
	noMaterials: z.boolean().optional(),
	favoritesOnly: z.boolean().optional(),
	ownOnly: z.boolean().optional()
});
export type ListActivitiesInput = z.infer<typeof listActivitiesInput>;

export const activityIdInput = z.object({ activityId: idSchema });

const stepsSchema = z.array(z.string().trim().min(1).max(500)).max(12);

export const activityFieldsSchema = z
	.object({
		titleZh: text(120),
		titleEn: text(120),
		purposeZh: text(1000).default(''),
		purposeEn: text(1000).default(''),
		stages: z.array(stageSchema).max(5).default([]),
		themes: z.array(themeSchema).max(10).default([]),
		minMinutes: z.number().int().min(1).max(480),
		maxMinutes: z.number().int().min(1).max(480),
		defaultMinutes: z.number().int().min(1).max(480),
		minGroupSize: z.number().int().min(1).max(200).default(2),
		maxGroupSize: z.number().int().min(1).max(200).default(20),
		materialsZh: text(500).default(''),
		materialsEn: text(500).default(''),
		energy: energyLevelSchema.default('MEDIUM'),
		stepsZh: stepsSchema.default([]),
		stepsEn: stepsSchema.default([]),
		tipsZh: text(2000).default(''),
		tipsEn: text(2000).default(''),
		risksZh: text(2000).default(''),
		risksEn: text(2000).default('')
	})
	.superRefine((a, ctx) => {
		if (!a.titleZh && !a.titleEn)
			ctx.addIssue({ code: 'custom', path: ['titleZh'], message: 'errors.field.required' });
		if (a.minMinutes > a.maxMinutes)
			ctx.addIssue({ code: 'custom', path: ['maxMinutes'], message: 'errors.activity.minutesRange' });
		if (a.defaultMinutes < a.minMinutes || a.defaultMinutes > a.maxMinutes)
			ctx.addIssue({ code: 'custom', path: ['defaultMinutes'], message: 'errors.activity.defaultMinutes' });
		if (a.minGroupSize > a.maxGroupSize)
			ctx.addIssue({ code: 'custom', path: ['maxGroupSize'], message: 'errors.activity.groupSizeRange' });
	});
export type ActivityFields = z.output<typeof activityFieldsSchema>;

export const createActivityInput = z.object({ activity: activityFieldsSchema });
export const updateActivityInput = z.object({ activityId: idSchema, activity: activityFieldsSchema });
export const setFavoriteInput = z.object({ activityId: idSchema, favorite: z.boolean() });
