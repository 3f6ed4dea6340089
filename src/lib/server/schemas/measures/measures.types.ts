import { z } from 'zod';
import { measurePointSchema, reliabilityKindSchema } from '../../../domain/vocabularies';
import { idSchema } from '../id';
import { answerLabelSchema, answerLabelsProblem } from '../../../domain/answer-labels';

export const sheetInput = z.object({
	point: measurePointSchema,
	sessionId: idSchema.nullable().default(null)
});

export const saveResponsesInput = z.object({
	memberId: idSchema,
	point: measurePointSchema,
	sessionId: idSchema.nullable().default(null),
	scores: z
		.array(
			z.object({
				measureId: idSchema,
				itemScores: z.array(z.number().int().min(-100).max(100)).min(1).max(50)
			})
		)
		.max(20)
		.default([]),
	goals: z
		.array(
			z.object({
				goalId: idSchema,
				level: z.number().int().min(-2, 'errors.measures.outOfRange').max(2, 'errors.measures.outOfRange')
			})
		)
		.max(20)
		.default([])
});

const levelText = z.string().trim().min(1, 'errors.measures.levelRequired').max(300);

export const createGoalInput = z.object({
	memberId: idSchema,
	title: z.string().trim().min(1).max(200),
	weight: z
		.number()
		.max(100)
		.refine((w) => Number.isFinite(w) && w > 0, 'errors.measures.weightPositive'),
	/** Five described levels, from −2 (much less than expected) to +2 (much more than expected). */
	levels: z.array(levelText).length(5, 'errors.measures.fiveLevels')
});

export const deleteGoalInput = z.object({ goalId: idSchema });

const scaleWording = {
	promptZh: z.string().trim().max(500).default(''),
	promptEn: z.string().trim().max(500).default(''),
	/** where the scale comes from (a citation); empty: the organization's own scale */
	source: z.string().trim().max(300).default(''),
	answerLabels: z.array(answerLabelSchema).max(111)
};

const labelsCoverRange = (s: {
	itemMin: number;
	itemMax: number;
	answerLabels: { value: number; zh: string; en: string }[];
}) => s.itemMax <= s.itemMin || answerLabelsProblem(s.answerLabels, s.itemMin, s.itemMax) === null;

export const createScaleInput = z
	.object({
		nameZh: z.string().trim().min(1).max(100),
		nameEn: z.string().trim().max(100).default(''),
		items: z
			.array(z.object({ zh: z.string().trim().min(1).max(300), en: z.string().trim().max(300).default('') }))
			.min(1)
			.max(30),
		itemMin: z.number().int().min(-10).max(10),
		itemMax: z.number().int().min(-10).max(100),
		higherIsBetter: z.boolean(),
		reliability: z.number().min(0).max(0.99).nullable().default(null),
		sd: z.number().gt(0).max(1000).nullable().default(null),
		...scaleWording
	})
	.refine((s) => s.itemMax > s.itemMin, { message: 'errors.measures.rangeOrder', path: ['itemMax'] })
	.refine(labelsCoverRange, { message: 'errors.measures.labelsCover', path: ['answerLabels'] });

/** An organization's own scale: its lead-in, answer labels and source may be corrected (its range may not). */
export const updateScaleWordingInput = z.object({ measureId: idSchema, ...scaleWording });

const source = z.string().trim().max(300).nullable().default(null);
const normValue = z.number().min(-10000).max(10000).nullable().default(null);
const normSd = z.number().gt(0).max(10000).nullable().default(null);

/** A scale's norms with their sources; a value without a source is shown as the organization's assumption. */
export const updateNormsInput = z
	.object({
		measureId: z.string().min(1).max(100),
		reliability: z.number().min(0).max(0.99).nullable().default(null),
		reliabilityKind: reliabilityKindSchema.nullable().default(null),
		reliabilitySource: source,
		sd: normSd,
		sdSource: source,
		functionalMean: normValue,
		functionalSd: normSd,
		clinicalMean: normValue,
		clinicalSd: normSd,
		normSource: source
	})
	.refine((n) => n.reliabilitySource === null || n.reliabilityKind !== null, {
		message: 'errors.measures.reliabilityKindNeeded',
		path: ['reliabilityKind']
	});
