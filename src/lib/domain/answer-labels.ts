import { z } from 'zod';

/** What one answer value of a scale means, in both languages (as published, or as an organization wrote it). */
export interface AnswerLabel {
	value: number;
	zh: string;
	en: string;
}

const labelText = z.string().trim().max(60);

/** One label as a form sends it: at least one language; the other may be left empty. */
export const answerLabelSchema = z
	.object({ value: z.number().int().min(-10).max(100), zh: labelText.default(''), en: labelText.default('') })
	.refine((l) => l.zh !== '' || l.en !== '', { message: 'errors.measures.labelText', path: ['zh'] });

export type AnswerLabelProblem = 'errors.measures.labelsCover' | 'errors.measures.labelText';

/**
 * An organization's scale needs exactly one label for each value from itemMin to itemMax, each in at least one
 * language. Answers the message key of the first problem, or null.
 */
export function answerLabelsProblem(
	labels: { value: number; zh: string; en: string }[],
	itemMin: number,
	itemMax: number
): AnswerLabelProblem | null {
	const values = labels.map((l) => l.value).sort((a, b) => a - b);
	const expected = Array.from({ length: itemMax - itemMin + 1 }, (_, i) => itemMin + i);
	if (values.length !== expected.length || values.some((v, i) => v !== expected[i]))
		return 'errors.measures.labelsCover';
	if (labels.some((l) => l.zh.trim() === '' && l.en.trim() === '')) return 'errors.measures.labelText';
	return null;
}

/** Labels in value order, each language filled from the other where only one was written. */
export function completeAnswerLabels(labels: { value: number; zh: string; en: string }[]): AnswerLabel[] {
	return [...labels]
		.sort((a, b) => a.value - b.value)
		.map((l) => ({ value: l.value, zh: l.zh.trim() || l.en.trim(), en: l.en.trim() || l.zh.trim() }));
}

/** Labels as stored (JSON): anything that is not a list of {value, zh, en} reads as no labels. */
export function readAnswerLabels(json: unknown): AnswerLabel[] {
	if (!Array.isArray(json)) return [];
	return json
		.filter(
			(l): l is AnswerLabel =>
				typeof l === 'object' &&
				l !== null &&
				Number.isInteger((l as AnswerLabel).value) &&
				typeof (l as AnswerLabel).zh === 'string' &&
				typeof (l as AnswerLabel).en === 'string'
		)
		.map((l) => ({ value: l.value, zh: l.zh, en: l.en }))
		.sort((a, b) => a.value - b.value);
}

/** The label of one value in a language, or null where the scale labels only some values (its anchors). */
export function answerLabelFor(labels: AnswerLabel[], value: number, locale: 'zh-CN' | 'en'): string | null {
	const label = labels.find((l) => l.value === value);
	if (!label) return null;
	return locale === 'en' ? label.en : label.zh;
}
