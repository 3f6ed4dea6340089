/**
 * Built-in activity library for group work (小组工作): the activities are data, in data/activity-library.json
 * (original text written for this product, bilingual zh-CN / English), validated here when the module loads and
 * upserted by key into the database at start-up (server/db/seed-activities.ts), so an edited activity reaches
 * existing databases.
 */
import { z } from 'zod';
import library from './data/activity-library.json';
import { energyLevelSchema, stageSchema, THEMES } from './vocabularies';

export { STAGES, THEMES, isBuiltInTheme, type Stage, type Theme, type EnergyLevel } from './vocabularies';

/** Activities suit the concrete themes; CUSTOM is a free-form template, not an activity category. */
const activityThemeSchema = z.enum(THEMES).exclude(['CUSTOM']);

const text = z.string().trim().min(1);
const minutes = z.number().int().min(1).max(240);
const groupSize = z.number().int().min(1).max(100);
const distinct = <T>(list: T[]) => new Set(list).size === list.length;

export const builtInActivitySchema = z
	.object({
		/** Stable kebab-case id, e.g. 'name-chain': the row is found again by it when the library changes. */
		key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'key must be kebab-case'),
		titleZh: text,
		titleEn: text,
		purposeZh: text,
		purposeEn: text,
		stages: z.array(stageSchema).min(1).refine(distinct, 'stages repeat'),
		themes: z.array(activityThemeSchema).min(1).refine(distinct, 'themes repeat'),
		minMinutes: minutes,
		maxMinutes: minutes,
		defaultMinutes: minutes,
		minGroupSize: groupSize,
		maxGroupSize: groupSize,
		/** '' when none. */
		materialsZh: z.string().trim(),
		materialsEn: z.string().trim(),
		needsMaterials: z.boolean(),
		energy: energyLevelSchema,
		stepsZh: z.array(text).min(3).max(6),
		stepsEn: z.array(text).min(3).max(6),
		/** Facilitator tips. */
		tipsZh: text,
		tipsEn: text,
		/** Risks and how to handle them. */
		risksZh: text,
		risksEn: text
	})
	.strict()
	.refine((a) => a.minMinutes <= a.defaultMinutes && a.defaultMinutes <= a.maxMinutes, {
		message: 'minutes must be min <= default <= max',
		path: ['defaultMinutes']
	})
	.refine((a) => a.minGroupSize <= a.maxGroupSize, {
		message: 'group size must be min <= max',
		path: ['maxGroupSize']
	})
	.refine((a) => a.needsMaterials === (a.materialsZh !== '' && a.materialsEn !== ''), {
		message: 'needsMaterials must be true exactly when materials are named in both languages',
		path: ['needsMaterials']
	})
	.refine((a) => a.stepsZh.length === a.stepsEn.length, {
		message: 'stepsZh and stepsEn must have the same number of steps',
		path: ['stepsEn']
	});

export type BuiltInActivity = z.infer<typeof builtInActivitySchema>;

const librarySchema = z
	.array(builtInActivitySchema)
	.refine((list) => distinct(list.map((a) => a.key)), 'activity keys repeat');

/** Validates library data; throws an error naming each wrong activity (by key or position) and field. */
export function parseActivityLibrary(data: unknown): BuiltInActivity[] {
	const parsed = librarySchema.safeParse(data);
	if (parsed.success) return parsed.data;
	const problems = parsed.error.issues.map((issue) => {
		if (issue.path.length === 0) return `library: ${issue.message}`;
		const [index, ...field] = issue.path;
		const entry = typeof index === 'number' && Array.isArray(data) ? data[index] : undefined;
		const name = typeof entry?.key === 'string' ? entry.key : `#${String(index)}`;
		return `${name}${field.length ? `.${field.join('.')}` : ''}: ${issue.message}`;
	});
	throw new Error(`Invalid activity library:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** In library order (the order the library lists them). */
export const BUILT_IN_ACTIVITIES: BuiltInActivity[] = parseActivityLibrary(library);
