import { describe, expect, it } from 'vitest';
import {
	answerLabelFor,
	answerLabelSchema,
	answerLabelsProblem,
	completeAnswerLabels,
	readAnswerLabels
} from './answer-labels';
import { BUILT_IN_MEASURES, GAS_LEVELS, HUGHES_2004_SCALE, LONELINESS_3_ANSWERS } from './measure-catalog';

describe('answer labels of an organization’s scale', () => {
	const three = [
		{ value: 1, zh: '从不', en: '' },
		{ value: 2, zh: '', en: 'sometimes' },
		{ value: 3, zh: '经常', en: 'often' }
	];

	it('accepts one label per value from the lowest to the highest, in any order', () => {
		expect(answerLabelsProblem(three, 1, 3)).toBeNull();
		expect(answerLabelsProblem([...three].reverse(), 1, 3)).toBeNull();
	});

	it('refuses a missing, repeated or extra value', () => {
		expect(answerLabelsProblem(three.slice(0, 2), 1, 3)).toBe('errors.measures.labelsCover');
		expect(answerLabelsProblem([...three.slice(0, 2), three[1]], 1, 3)).toBe('errors.measures.labelsCover');
		expect(answerLabelsProblem([...three, { value: 4, zh: '总是', en: '' }], 1, 3)).toBe(
			'errors.measures.labelsCover'
		);
		expect(answerLabelsProblem([], 1, 3)).toBe('errors.measures.labelsCover');
	});

	it('refuses a label without text in either language', () => {
		expect(answerLabelsProblem([three[0], three[1], { value: 3, zh: ' ', en: '' }], 1, 3)).toBe(
			'errors.measures.labelText'
		);
		expect(answerLabelSchema.safeParse({ value: 1, zh: '', en: '' }).success).toBe(false);
		expect(answerLabelSchema.safeParse({ value: 1, zh: '有时' }).success).toBe(true);
	});

	it('fills a missing language from the other one, in value order', () => {
		expect(completeAnswerLabels([three[2], three[0], three[1]])).toEqual([
			{ value: 1, zh: '从不', en: '从不' },
			{ value: 2, zh: 'sometimes', en: 'sometimes' },
			{ value: 3, zh: '经常', en: 'often' }
		]);
	});

	it('reads stored labels defensively and finds a value’s label in each language', () => {
		expect(readAnswerLabels('nonsense')).toEqual([]);
		expect(
			readAnswerLabels([{ value: 2, zh: 'b', en: 'B' }, { value: 'x' }, { value: 1, zh: 'a', en: 'A' }])
		).toEqual([
			{ value: 1, zh: 'a', en: 'A' },
			{ value: 2, zh: 'b', en: 'B' }
		]);
		expect(answerLabelFor(LONELINESS_3_ANSWERS, 1, 'en')).toBe('hardly ever');
		expect(answerLabelFor(LONELINESS_3_ANSWERS, 3, 'zh-CN')).toBe('经常');
		expect(answerLabelFor(LONELINESS_3_ANSWERS, 4, 'en')).toBeNull();
	});
});

describe('built-in instruments as published', () => {
	it('gives every built-in a lead-in in both languages and labels within its range', () => {
		for (const m of BUILT_IN_MEASURES) {
			expect(m.promptZh, m.key).toBeTruthy();
			expect(m.promptEn, m.key).toBeTruthy();
			expect(m.answerLabels.length, m.key).toBeGreaterThan(0);
			for (const l of m.answerLabels) {
				expect(l.value).toBeGreaterThanOrEqual(m.itemMin);
				expect(l.value).toBeLessThanOrEqual(m.itemMax);
				expect(l.zh && l.en, `${m.key} ${l.value}`).toBeTruthy();
			}
		}
	});

	it('labels every value of the scales that publish a label per value', () => {
		for (const key of ['gas', 'loneliness-3', 'session-rating']) {
			const m = BUILT_IN_MEASURES.find((x) => x.key === key)!;
			expect(answerLabelsProblem(m.answerLabels, m.itemMin, m.itemMax), key).toBeNull();
		}
	});

	it('answers UCLA-3 as Hughes et al. (2004) publish it', () => {
		const ucla = BUILT_IN_MEASURES.find((m) => m.key === 'loneliness-3')!;
		expect(ucla.answerLabels).toEqual([
			{ value: 1, zh: '几乎没有', en: 'hardly ever' },
			{ value: 2, zh: '有时', en: 'some of the time' },
			{ value: 3, zh: '经常', en: 'often' }
		]);
		expect(ucla.source).toBe(HUGHES_2004_SCALE);
		expect(ucla.promptEn).toBe(
			'The next questions are about how you feel about different aspects of your life. For each one, tell me how often you feel that way.'
		);
	});

	it('reads GAS levels as published', () => {
		expect(GAS_LEVELS.map((l) => l.en)).toEqual([
			'much less than expected',
			'somewhat less than expected',
			'expected level',
			'somewhat more than expected',
			'much more than expected'
		]);
		expect(GAS_LEVELS.map((l) => l.zh)).toEqual([
			'远低于预期',
			'略低于预期',
			'达到预期',
			'略高于预期',
			'远高于预期'
		]);
	});

	it('names a source for every built-in, or marks it as written for this app', () => {
		const own = BUILT_IN_MEASURES.filter((m) => m.source === null).map((m) => m.key);
		expect(own).toEqual(['session-rating']);
		expect(BUILT_IN_MEASURES.find((m) => m.key === 'gas')!.source).toMatch(/Kiresuk & Sherman \(1968\)/);
	});
});
