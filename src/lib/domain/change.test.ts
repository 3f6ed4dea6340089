import { describe, expect, it } from 'vitest';
import {
	clinicalCutoff,
	clinicalSignificance,
	gasChange,
	pickBaseline,
	pickFollowUp,
	summarizeChange,
	type TimedResponse
} from './change';
import { gasTScore } from './outcomes';

const day = (d: number, h = 0) => new Date(Date.UTC(2025, 2, d, h));
const r = (
	id: string,
	point: TimedResponse['point'],
	sessionNumber: number | null,
	takenDay: number,
	score: number,
	createdDay = takenDay
): TimedResponse => ({ id, point, sessionNumber, takenAt: day(takenDay), createdAt: day(createdDay), score });

describe('pickBaseline', () => {
	it('takes the BASELINE response taken first, of two', () => {
		expect(pickBaseline([r('b', 'BASELINE', null, 5, 7), r('a', 'BASELINE', null, 3, 4)])!.score).toBe(4);
	});
	it('breaks identical times by saved at, then by id', () => {
		expect(pickBaseline([r('a', 'BASELINE', null, 3, 1, 4), r('b', 'BASELINE', null, 3, 2, 3)])!.score).toBe(
			2
		);
		expect(pickBaseline([r('b', 'BASELINE', null, 3, 1), r('a', 'BASELINE', null, 3, 2)])!.score).toBe(2);
	});
	it('is null without a baseline', () => {
		expect(pickBaseline([r('a', 'END', null, 3, 1)])).toBeNull();
	});
});

describe('pickFollowUp', () => {
	it('prefers an END saved on day 20 over a session-4 entry on day 28', () => {
		expect(pickFollowUp([r('s', 'SESSION', 4, 28, 6), r('e', 'END', null, 20, 3)])!.score).toBe(3);
	});
	it('takes the highest session number, not the latest date (a rescheduled session)', () => {
		expect(pickFollowUp([r('s3', 'SESSION', 3, 30, 5), r('s4', 'SESSION', 4, 25, 8)])!.score).toBe(8);
	});
	it('takes the latest of two END responses, and breaks exact ties by saved at, then id', () => {
		expect(pickFollowUp([r('a', 'END', null, 21, 1), r('b', 'END', null, 20, 2)])!.score).toBe(1);
		expect(pickFollowUp([r('a', 'END', null, 20, 1, 22), r('b', 'END', null, 20, 2, 21)])!.score).toBe(1);
		expect(pickFollowUp([r('b', 'END', null, 20, 1), r('a', 'END', null, 20, 2)])!.score).toBe(1);
	});
	it('ranks a response whose session was deleted below every numbered session', () => {
		expect(pickFollowUp([r('x', 'SESSION', null, 30, 9), r('s1', 'SESSION', 1, 2, 4)])!.score).toBe(4);
		expect(pickFollowUp([r('x', 'SESSION', null, 30, 9)])!.score).toBe(9);
	});
	it('never picks a baseline', () => {
		expect(pickFollowUp([r('a', 'BASELINE', null, 30, 1)])).toBeNull();
	});
});

describe('gasChange', () => {
	const g = (weight: number, ...responses: TimedResponse[]) => ({ weight, responses });
	it('scores the goals set at baseline only; a goal added later is left out', () => {
		const result = gasChange([
			g(2, r('a1', 'BASELINE', null, 1, -2), r('a2', 'SESSION', 3, 10, 1)),
			g(1, r('b1', 'SESSION', 3, 10, 2))
		]);
		expect(result).toEqual({ baseline: 30, followUp: 60 });
	});
	it('has no follow-up T when a baseline goal has no follow-up', () => {
		const result = gasChange([
			g(1, r('a1', 'BASELINE', null, 1, -2), r('a2', 'END', null, 10, 1)),
			g(1, r('b1', 'BASELINE', null, 1, -1))
		]);
		expect(result).toEqual({
			baseline: gasTScore([
				{ weight: 1, score: -2 },
				{ weight: 1, score: -1 }
			]),
			followUp: null
		});
	});
	it('takes each goal at its own follow-up', () => {
		const result = gasChange([
			g(1, r('a1', 'BASELINE', null, 1, -1), r('a2', 'END', null, 10, 1), r('a3', 'SESSION', 4, 12, 0)),
			g(1, r('b1', 'BASELINE', null, 1, -1), r('b2', 'SESSION', 2, 5, 2))
		]);
		expect(result!.followUp).toBeCloseTo(
			gasTScore([
				{ weight: 1, score: 1 },
				{ weight: 1, score: 2 }
			]),
			12
		);
	});
	it('is null without a baseline goal', () => {
		expect(gasChange([g(1, r('a', 'END', null, 2, 1))])).toBeNull();
	});
});

describe('summarizeChange', () => {
	it('classifies on-the-line changes as no change', () => {
		const s = summarizeChange(
			[
				{ x1: 0, x2: 49 },
				{ x1: 100, x2: 50 }
			],
			{ higherIsBetter: true, sd: 25, reliability: 0.5 }
		)!;
		expect([s.n, s.mean, s.classified, s.improved, s.worse]).toEqual([2, -0.5, 2, 0, 1]);
	});
});

describe('clinical significance (criterion c)', () => {
	const norms = {
		higherIsBetter: false,
		sd: 5,
		reliability: 0.8,
		functionalMean: 10,
		functionalSd: 4,
		clinicalMean: 30,
		clinicalSd: 6
	};
	it('puts c between the populations, weighted by their SDs', () => {
		// (6·10 + 4·30) / 10 = 18
		expect(clinicalCutoff(norms)).toBe(18);
		expect(clinicalCutoff({ ...norms, clinicalSd: null })).toBeNull();
	});
	it('is RECOVERED only for a reliable improvement that ends on the functional side of c', () => {
		expect(clinicalSignificance(30, 15, norms)).toBe('RECOVERED');
		expect(clinicalSignificance(40, 20, norms)).toBe('NOT_RECOVERED');
		expect(clinicalSignificance(19, 17, norms)).toBe('NOT_RECOVERED');
		expect(clinicalSignificance(30, 15, { ...norms, functionalMean: null })).toBeNull();
	});
});
