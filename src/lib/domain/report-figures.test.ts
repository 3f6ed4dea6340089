import { describe, expect, it } from 'vitest';
import { meanWithCI } from './outcomes';
import { ciFromSummary, circularLayout, formatInterval, round, share } from './report-figures';

describe('ciFromSummary', () => {
	it('gives the hand-worked interval for n = 4, mean 2, sd 1 (t(0.975; 3) = 3.1824)', () => {
		const ci = ciFromSummary(4, 2, 1)!;
		// half-width = 3.182446 · 1/√4 = 1.591223
		expect(ci.low).toBeCloseTo(0.408777, 5);
		expect(ci.high).toBeCloseTo(3.591223, 5);
	});

	it('agrees with meanWithCI on the raw values', () => {
		const values = [1, 3, 4, 8, -2];
		const raw = meanWithCI(values)!;
		const fromSummary = ciFromSummary(raw.n, raw.mean, raw.sd)!;
		expect(fromSummary.low).toBeCloseTo(raw.low, 12);
		expect(fromSummary.high).toBeCloseTo(raw.high, 12);
	});

	it('returns null for no values and a degenerate interval for one', () => {
		expect(ciFromSummary(0, 0, null)).toBeNull();
		expect(ciFromSummary(1, 5, null)).toEqual({ n: 1, mean: 5, sd: 0, low: 5, high: 5 });
	});

	it('refuses impossible aggregates', () => {
		expect(() => ciFromSummary(-1, 0, 0)).toThrow(RangeError);
		expect(() => ciFromSummary(3, 1, -1)).toThrow(RangeError);
		expect(() => ciFromSummary(3, Number.NaN, 1)).toThrow(RangeError);
	});
});

describe('circularLayout', () => {
	it('puts the first point at the top and spaces four points a quarter turn apart', () => {
		const points = circularLayout(4, 100, 100, 50).map((p) => ({ x: round(p.x, 6), y: round(p.y, 6) }));
		expect(points).toEqual([
			{ x: 100, y: 50 },
			{ x: 150, y: 100 },
			{ x: 100, y: 150 },
			{ x: 50, y: 100 }
		]);
	});
});

describe('share and round', () => {
	it('divides, or gives null when the whole is zero', () => {
		expect(share(3, 4)).toBe(0.75);
		expect(share(0, 0)).toBeNull();
		expect(round(2 / 3)).toBe(0.67);
		expect(round(null)).toBeNull();
	});
});

describe('formatInterval', () => {
	it('writes an interval in brackets with true minus signs and two decimals', () => {
		expect(formatInterval(-3.4412, -1.9)).toBe('[\u22123.44, \u22121.90]');
		expect(formatInterval(-0.5, 2)).toBe('[\u22120.50, 2.00]');
	});

	it('never writes a negative zero, and shows a missing bound as a dash', () => {
		expect(formatInterval(-0.001, 0)).toBe('[0.00, 0.00]');
		expect(formatInterval(null, Number.NaN)).toBe('[—, —]');
		expect(formatInterval(1.23456, 2.5, 1)).toBe('[1.2, 2.5]');
	});
});
