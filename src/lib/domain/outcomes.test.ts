import { describe, expect, it } from 'vitest';
import {
	gasTScore,
	isolatedMembers,
	loneliness3Score,
	meanWithCI,
	normalCdf,
	normalQuantile,
	participationBalance,
	exactDecimal,
	isReliableChange,
	reliableChange,
	reliableChangeBand,
	retention,
	studentTCdf,
	studentTQuantile
} from './outcomes';

const goals = (weights: number[], scores: number[]) =>
	weights.map((weight, i) => ({ weight, score: scores[i] }));

describe('gasTScore', () => {
	it('is 50 when every goal is attained as expected', () => {
		// Σwx = 0 → T = 50
		expect(gasTScore(goals([1, 1, 1], [0, 0, 0]))).toBe(50);
		expect(gasTScore(goals([3, 1, 2], [0, 0, 0]))).toBe(50);
	});

	it('equal weights, both +1', () => {
		// T = 50 + 10·2/√(0.7·2 + 0.3·4) = 50 + 20/√2.6 = 50 + 20/1.612452 = 62.403473
		expect(gasTScore(goals([1, 1], [1, 1]))).toBeCloseTo(62.403473, 6);
	});

	it('unequal weights', () => {
		// weights [3,2,1], scores [1,0,−1]: Σwx = 3 + 0 − 1 = 2; Σw² = 9+4+1 = 14; (Σw)² = 36
		// T = 50 + 10·2/√(0.7·14 + 0.3·36) = 50 + 20/√(9.8 + 10.8) = 50 + 20/√20.6 = 50 + 20/4.538722 = 54.406526
		expect(gasTScore(goals([3, 2, 1], [1, 0, -1]))).toBeCloseTo(54.406526, 6);
	});

	it('all goals at best level', () => {
		// weights [1,1,1], scores [2,2,2]: Σwx = 6; √(0.7·3 + 0.3·9) = √4.8 = 2.190890
		// T = 50 + 60/2.190890 = 77.386128
		expect(gasTScore(goals([1, 1, 1], [2, 2, 2]))).toBeCloseTo(77.386128, 6);
	});

	it('one goal reduces to 50 + 10x', () => {
		// √(0.7·w² + 0.3·w²) = w → T = 50 + 10·w·x/w
		expect(gasTScore(goals([5], [2]))).toBeCloseTo(70, 12);
		expect(gasTScore(goals([0.4], [-2]))).toBeCloseTo(30, 12);
		expect(gasTScore(goals([1], [-1]))).toBeCloseTo(40, 12);
	});

	it('uses the given rho', () => {
		// ρ = 0: T = 50 + 10·2/√2 = 50 + 14.142136 = 64.142136
		expect(gasTScore(goals([1, 1], [1, 1]), 0)).toBeCloseTo(64.142136, 6);
		// ρ = 1: T = 50 + 10·2/√4 = 60
		expect(gasTScore(goals([1, 1], [1, 1]), 1)).toBeCloseTo(60, 12);
	});

	it('is invariant to scaling all weights', () => {
		expect(gasTScore(goals([3, 2, 1], [1, 0, -1]))).toBeCloseTo(
			gasTScore(goals([30, 20, 10], [1, 0, -1])),
			10
		);
	});

	it('is symmetric around 50', () => {
		const up = gasTScore(goals([2, 1], [1, 2]));
		const down = gasTScore(goals([2, 1], [-1, -2]));
		expect(up - 50).toBeCloseTo(50 - down, 12);
	});

	it('throws RangeError for invalid input', () => {
		expect(() => gasTScore([])).toThrow(RangeError);
		expect(() => gasTScore(goals([0], [1]))).toThrow(RangeError);
		expect(() => gasTScore(goals([-1], [1]))).toThrow(RangeError);
		expect(() => gasTScore(goals([Number.NaN], [1]))).toThrow(RangeError);
		expect(() => gasTScore(goals([1], [3]))).toThrow(RangeError);
		expect(() => gasTScore(goals([1], [-3]))).toThrow(RangeError);
		expect(() => gasTScore(goals([1], [0.5]))).toThrow(RangeError);
		expect(() => gasTScore(goals([1], [1]), 1.5)).toThrow(RangeError);
		expect(() => gasTScore(goals([1], [1]), -0.1)).toThrow(RangeError);
	});
});

describe('reliableChange', () => {
	it('worked example: improvement', () => {
		// SE = 7.5·√(1 − 0.8) = 7.5·0.447214 = 3.354102
		// Sdiff = √(2·3.354102²) = √22.5 = 4.743416
		// RCI = (30 − 20)/4.743416 = 2.108185 > 1.96 → IMPROVED
		const r = reliableChange(20, 30, 7.5, 0.8);
		expect(r.se).toBeCloseTo(3.354102, 6);
		expect(r.sdiff).toBeCloseTo(4.743416, 6);
		expect(r.rci).toBeCloseTo(2.108185, 6);
		expect(r.classification).toBe('IMPROVED');
	});

	it('decrease on a higher-is-better scale is WORSE', () => {
		// RCI = (10 − 20)/4.743416 = −2.108185
		const r = reliableChange(20, 10, 7.5, 0.8);
		expect(r.rci).toBeCloseTo(-2.108185, 6);
		expect(r.classification).toBe('WORSE');
	});

	it('flips the direction when lower is better', () => {
		expect(reliableChange(20, 10, 7.5, 0.8, false).classification).toBe('IMPROVED');
		expect(reliableChange(20, 30, 7.5, 0.8, false).classification).toBe('WORSE');
		// the RCI itself keeps the sign of the raw change
		expect(reliableChange(20, 10, 7.5, 0.8, false).rci).toBeCloseTo(-2.108185, 6);
	});

	it('small changes are NO_CHANGE', () => {
		// RCI = 9/4.743416 = 1.897367 < 1.96
		const r = reliableChange(20, 29, 7.5, 0.8);
		expect(r.rci).toBeCloseTo(1.897367, 6);
		expect(r.classification).toBe('NO_CHANGE');
		expect(reliableChange(20, 20, 7.5, 0.8).classification).toBe('NO_CHANGE');
	});

	it('uses 1.96 as the threshold', () => {
		// r = 0.5, SD = 1 → SE = √0.5, Sdiff = √(2·0.5) = 1, so RCI = x2 − x1
		expect(reliableChange(0, 1.95, 1, 0.5).classification).toBe('NO_CHANGE');
		expect(reliableChange(0, 1.97, 1, 0.5).classification).toBe('IMPROVED');
		expect(reliableChange(0, -1.97, 1, 0.5).classification).toBe('WORSE');
		expect(reliableChange(0, 1.97, 1, 0.5).sdiff).toBeCloseTo(1, 12);
	});

	it.each([
		[25, 0.5, 49],
		[50, 0.5, 98],
		[125, 0.92, 98],
		[1, 0.5, 1.96]
	])('is not reliable exactly on the line (SD %d, r %d, Δ %d), in either direction', (sd, r, delta) => {
		expect(isReliableChange(0, delta, sd, r)).toBe(false);
		expect(isReliableChange(delta, 0, sd, r)).toBe(false);
		expect(reliableChange(10, 10 + delta, sd, r).classification).toBe('NO_CHANGE');
		expect(reliableChange(0, delta + 0.001, sd, r).classification).toBe('IMPROVED');
	});

	it('reads scores, SD and r as the decimals they were typed as', () => {
		expect(exactDecimal(0.72)).toEqual({ n: 72n, d: 100n });
		expect(exactDecimal(0.1 + 0.2)).toEqual({ n: 3n, d: 10n });
		expect(exactDecimal(-1.5e21)).toEqual({ n: -1500000000000000000000n, d: 1n });
	});

	it('with reliability 0, SE = SD', () => {
		// SE = 10, Sdiff = √200 = 14.142136
		const r = reliableChange(0, 30, 10, 0);
		expect(r.se).toBe(10);
		expect(r.sdiff).toBeCloseTo(14.142136, 6);
		expect(r.rci).toBeCloseTo(2.12132, 6);
	});

	it('throws RangeError for invalid input', () => {
		expect(() => reliableChange(1, 2, 0, 0.8)).toThrow(RangeError);
		expect(() => reliableChange(1, 2, -1, 0.8)).toThrow(RangeError);
		expect(() => reliableChange(1, 2, 5, 1)).toThrow(RangeError);
		expect(() => reliableChange(1, 2, 5, -0.1)).toThrow(RangeError);
		expect(() => reliableChange(Number.NaN, 2, 5, 0.8)).toThrow(RangeError);
	});
});

describe('reliableChangeBand', () => {
	it('is baseline ∓ 1.96·Sdiff', () => {
		// 1.96·4.743416 = 9.297096 → 20 ∓ 9.297096
		const band = reliableChangeBand(20, 7.5, 0.8);
		expect(band.low).toBeCloseTo(10.702904, 6);
		expect(band.high).toBeCloseTo(29.297096, 6);
	});

	it('agrees with reliableChange at its edges', () => {
		const band = reliableChangeBand(20, 7.5, 0.8);
		expect(reliableChange(20, band.high + 1e-9, 7.5, 0.8).classification).toBe('IMPROVED');
		expect(reliableChange(20, band.high - 1e-9, 7.5, 0.8).classification).toBe('NO_CHANGE');
		expect(reliableChange(20, band.low - 1e-9, 7.5, 0.8).classification).toBe('WORSE');
	});

	it('throws RangeError for invalid input', () => {
		expect(() => reliableChangeBand(20, 0, 0.8)).toThrow(RangeError);
		expect(() => reliableChangeBand(Number.NaN, 1, 0.8)).toThrow(RangeError);
	});
});

describe('studentTQuantile', () => {
	it('matches known two-sided 95% critical values', () => {
		expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706205, 6);
		expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.302653, 6);
		expect(studentTQuantile(0.975, 3)).toBeCloseTo(3.182446, 6);
		expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.570582, 6);
		expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228139, 6);
		expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042272, 6);
		expect(studentTQuantile(0.975, 60)).toBeCloseTo(2.000298, 6);
		expect(studentTQuantile(0.975, 120)).toBeCloseTo(1.97993, 6);
		expect(studentTQuantile(0.975, 1000)).toBeCloseTo(1.962339, 6);
		expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.959964, 6);
	});

	it('matches the printed t table for df 1..30 (3 decimals)', () => {
		const table = [
			12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
			2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042
		];
		table.forEach((expected, i) => expect(studentTQuantile(0.975, i + 1)).toBeCloseTo(expected, 3));
	});

	it('matches other known quantiles', () => {
		expect(studentTQuantile(0.95, 1)).toBeCloseTo(6.313752, 6);
		expect(studentTQuantile(0.995, 1)).toBeCloseTo(63.656741, 5);
		expect(studentTQuantile(0.95, 5)).toBeCloseTo(2.015048, 6);
		expect(studentTQuantile(0.995, 10)).toBeCloseTo(3.169273, 6);
		expect(studentTQuantile(0.9, 20)).toBeCloseTo(1.325341, 6);
		expect(studentTQuantile(0.999, 3)).toBeCloseTo(10.214532, 5);
		expect(studentTQuantile(0.6, 3)).toBeCloseTo(0.276671, 6);
	});

	it('is symmetric and 0 at the median', () => {
		expect(studentTQuantile(0.5, 7)).toBe(0);
		for (const df of [1, 2, 4, 7, 25, 300]) {
			expect(studentTQuantile(0.025, df)).toBeCloseTo(-studentTQuantile(0.975, df), 10);
		}
	});

	it('inverts the CDF, including fractional df', () => {
		for (const df of [1, 1.5, 2, 2.5, 3, 4.2, 9, 17, 40, 250, 5000]) {
			for (const p of [0.001, 0.05, 0.3, 0.5001, 0.8, 0.975, 0.9999]) {
				expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
			}
		}
	});

	it('decreases with df towards the normal quantile', () => {
		let prev = Infinity;
		for (const df of [1, 1.5, 2, 3, 5, 8, 13, 30, 100, 1e3, 1e4, 1e5, 1e6, 1e8, Infinity]) {
			const t = studentTQuantile(0.975, df);
			expect(t).toBeLessThan(prev);
			prev = t;
		}
	});

	it('is continuous where it switches to the Cornish–Fisher expansion', () => {
		expect(Math.abs(studentTQuantile(0.975, 1e5) - studentTQuantile(0.975, 1e5 + 1e-6))).toBeLessThan(1e-10);
		expect(Math.abs(studentTQuantile(0.999, 1e5) - studentTQuantile(0.999, 1e5 + 1e-6))).toBeLessThan(1e-10);
	});

	it('throws RangeError for invalid input', () => {
		expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
		expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
		expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
		expect(() => studentTQuantile(Number.NaN, 5)).toThrow(RangeError);
	});
});

describe('studentTCdf / normal', () => {
	it('matches known values', () => {
		expect(studentTCdf(0, 4)).toBe(0.5);
		// df = 1 is the Cauchy distribution: F(1) = 1/2 + atan(1)/π = 0.75
		expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12);
		expect(studentTCdf(-1, 1)).toBeCloseTo(0.25, 12);
		expect(studentTCdf(2.228139, 10)).toBeCloseTo(0.975, 7);
		expect(studentTCdf(1.96, Infinity)).toBeCloseTo(0.9750021, 7);
	});

	it('normal CDF and quantile', () => {
		expect(normalCdf(0)).toBeCloseTo(0.5, 14);
		expect(normalCdf(-1)).toBeCloseTo(0.1586553, 7);
		expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 7);
		expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
		expect(normalQuantile(0.5)).toBeCloseTo(0, 14);
		expect(normalQuantile(0.05)).toBeCloseTo(-1.644854, 6);
		expect(normalQuantile(1e-10)).toBeCloseTo(-6.361341, 6);
		expect(() => normalQuantile(1)).toThrow(RangeError);
	});
});

describe('meanWithCI', () => {
	it('worked example [2, 4, 6, 8]', () => {
		// mean = 20/4 = 5; SS = 9 + 1 + 1 + 9 = 20; sd = √(20/3) = 2.581989
		// se = 2.581989/√4 = 1.290994; t(0.975, 3) = 3.182446
		// half-width = 3.182446·1.290994 = 4.108521 → [0.891479, 9.108521]
		const r = meanWithCI([2, 4, 6, 8])!;
		expect(r.n).toBe(4);
		expect(r.mean).toBe(5);
		expect(r.sd).toBeCloseTo(2.581989, 6);
		expect(r.high - r.mean).toBeCloseTo(4.108521, 6);
		expect(r.low).toBeCloseTo(0.891479, 6);
		expect(r.high).toBeCloseTo(9.108521, 6);
	});

	it('worked example 1..10', () => {
		// mean = 5.5; SS = 82.5; sd = √(82.5/9) = 3.027650; se = 3.027650/√10 = 0.957427
		// t(0.975, 9) = 2.262157 → half-width = 2.262157·0.957427 = 2.165851 → [3.334149, 7.665851]
		const r = meanWithCI([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])!;
		expect(r.mean).toBe(5.5);
		expect(r.sd).toBeCloseTo(3.02765, 5);
		expect(r.low).toBeCloseTo(3.334149, 6);
		expect(r.high).toBeCloseTo(7.665851, 6);
	});

	it('respects the confidence level', () => {
		// t(0.95, 3) = 2.353363 → half-width = 2.353363·1.290994 = 3.038177
		const r = meanWithCI([2, 4, 6, 8], 0.9)!;
		expect(r.high - r.mean).toBeCloseTo(3.038177, 5);
		// 99%: t(0.995, 3) = 5.840909 → half-width = 7.540583
		expect(meanWithCI([2, 4, 6, 8], 0.99)!.high - 5).toBeCloseTo(7.540583, 5);
	});

	it('two values', () => {
		// [1, 3]: mean 2, sd √2 = 1.414214, se = 1; t(0.975, 1) = 12.706205 → [−10.706205, 14.706205]
		const r = meanWithCI([1, 3])!;
		expect(r.low).toBeCloseTo(-10.706205, 6);
		expect(r.high).toBeCloseTo(14.706205, 6);
	});

	it('n = 0 → null; n = 1 → degenerate interval at the value', () => {
		expect(meanWithCI([])).toBeNull();
		expect(meanWithCI([7])).toEqual({ n: 1, mean: 7, sd: 0, low: 7, high: 7 });
	});

	it('identical values give a zero-width interval', () => {
		expect(meanWithCI([4, 4, 4])).toEqual({ n: 3, mean: 4, sd: 0, low: 4, high: 4 });
	});

	it('throws RangeError for invalid input', () => {
		expect(() => meanWithCI([1, Number.NaN])).toThrow(RangeError);
		expect(() => meanWithCI([1, Infinity])).toThrow(RangeError);
		expect(() => meanWithCI([1, 2], 1)).toThrow(RangeError);
		expect(() => meanWithCI([1, 2], 0)).toThrow(RangeError);
	});
});

describe('retention', () => {
	it('is completed / enrolled', () => {
		expect(retention(10, 7)).toBe(0.7);
		expect(retention(8, 8)).toBe(1);
		expect(retention(3, 0)).toBe(0);
	});
	it('is null with nobody enrolled', () => {
		expect(retention(0, 0)).toBeNull();
	});
	it('throws RangeError for invalid input', () => {
		expect(() => retention(5, 6)).toThrow(RangeError);
		expect(() => retention(-1, 0)).toThrow(RangeError);
		expect(() => retention(3.5, 1)).toThrow(RangeError);
		expect(() => retention(3, -1)).toThrow(RangeError);
	});
});

describe('participationBalance', () => {
	it('is 1 for perfectly equal participation', () => {
		expect(participationBalance([5, 5, 5, 5])).toBe(1);
	});
	it('is 0 when one member does everything', () => {
		// Σ|xi−xj| over ordered pairs = 2·3·10 = 60; G* = 60/(2·3·10) = 1
		expect(participationBalance([10, 0, 0, 0])).toBe(0);
		expect(participationBalance([0, 3])).toBe(0);
	});
	it('worked example [1, 2, 3, 4]', () => {
		// pairwise |diffs| (i<j): 1,2,3,1,2,1 = 10; Σx = 10; G* = 2·10/(2·(4−1)·10) = 1/3 → balance 2/3
		// (classic Gini 0.25 · n/(n−1) = 0.25·4/3 = 1/3)
		expect(participationBalance([1, 2, 3, 4])).toBeCloseTo(2 / 3, 12);
		expect(participationBalance([4, 1, 3, 2])).toBeCloseTo(2 / 3, 12);
	});
	it('worked example [1, 3]', () => {
		// |1−3| = 2; G* = 2/((2−1)·4) = 0.5 → 0.5
		expect(participationBalance([1, 3])).toBeCloseTo(0.5, 12);
	});
	it('is 1 for fewer than two members or no participation', () => {
		expect(participationBalance([])).toBe(1);
		expect(participationBalance([7])).toBe(1);
		expect(participationBalance([0, 0, 0])).toBe(1);
	});
	it('throws RangeError for negative counts', () => {
		expect(() => participationBalance([1, -1])).toThrow(RangeError);
		expect(() => participationBalance([1, Number.NaN])).toThrow(RangeError);
	});
});

describe('isolatedMembers', () => {
	it('returns members with no edges in or out, in input order', () => {
		const edges = [
			{ from: 'a', to: 'b' },
			{ from: 'c', to: null },
			{ from: 'b', to: 'a' }
		];
		expect(isolatedMembers(['e', 'a', 'b', 'c', 'd'], edges)).toEqual(['e', 'd']);
	});
	it('counts incoming edges', () => {
		expect(isolatedMembers(['a', 'b'], [{ from: 'x', to: 'b' }])).toEqual(['a']);
	});
	it('everyone is isolated without edges; no duplicates', () => {
		expect(isolatedMembers(['a', 'b', 'a'], [])).toEqual(['a', 'b']);
		expect(isolatedMembers([], [{ from: 'a', to: 'b' }])).toEqual([]);
	});
});

describe('loneliness3Score', () => {
	it('sums the three items', () => {
		expect(loneliness3Score([1, 1, 1])).toBe(3);
		expect(loneliness3Score([1, 2, 3])).toBe(6);
		expect(loneliness3Score([3, 3, 3])).toBe(9);
	});
	it('throws RangeError for invalid input', () => {
		expect(() => loneliness3Score([1, 2])).toThrow(RangeError);
		expect(() => loneliness3Score([1, 2, 3, 1])).toThrow(RangeError);
		expect(() => loneliness3Score([0, 2, 3])).toThrow(RangeError);
		expect(() => loneliness3Score([1, 4, 3])).toThrow(RangeError);
		expect(() => loneliness3Score([1, 2.5, 3])).toThrow(RangeError);
	});
});
