/**
 * Small pure helpers for outcome reports: intervals from SQL aggregates, sociogram layout.
 * The heavy lifting (counts, means, SDs) happens in SQL; these turn aggregates into what a report shows.
 */
import { studentTQuantile, type MeanWithCI } from './outcomes';

/**
 * The same two-sided Student-t interval as `meanWithCI`, from an aggregate (n, mean, sample SD) that the
 * database computed: mean ± t(1 − (1−level)/2; n−1)·sd/√n. n = 0 → null; n = 1 → a degenerate interval.
 */
export function ciFromSummary(n: number, mean: number, sd: number | null, level = 0.95): MeanWithCI | null {
	if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
	if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be an integer >= 0, got ${n}`);
	if (n === 0) return null;
	if (!Number.isFinite(mean)) throw new RangeError('mean must be a finite number');
	if (n === 1) return { n, mean, sd: 0, low: mean, high: mean };
	const s = sd ?? 0;
	if (!Number.isFinite(s) || s < 0) throw new RangeError(`sd must be a finite number >= 0, got ${sd}`);
	const half = studentTQuantile(1 - (1 - level) / 2, n - 1) * (s / Math.sqrt(n));
	return { n, mean, sd: s, low: mean - half, high: mean + half };
}

/** Share of a count, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
	return whole > 0 ? part / whole : null;
}

/** Points evenly spaced on a circle, the first at the top, clockwise (a sociogram's simple layout). */
export function circularLayout(count: number, cx: number, cy: number, radius: number) {
	return Array.from({ length: count }, (_, i) => {
		const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(count, 1);
		return { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
	});
}

/** Rounds for display and CSV, leaving null alone. */
export function round(value: number | null | undefined, digits = 2): number | null {
	if (value === null || value === undefined || !Number.isFinite(value)) return null;
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}

/** A signed number with a true minus sign (U+2212), as printed reports write it: −3.44, 1.90. */
function signed(value: number, digits: number): string {
	const text = Math.abs(value).toFixed(digits);
	return value < 0 && Number(text) !== 0 ? `\u2212${text}` : text;
}

/**
 * A confidence interval as reports write it: "[−3.44, −1.90]". The one way pages and documents show an
 * interval; a missing bound shows as "—".
 */
export function formatInterval(
	low: number | null | undefined,
	high: number | null | undefined,
	digits = 2
): string {
	const bound = (v: number | null | undefined) =>
		v === null || v === undefined || !Number.isFinite(v) ? '—' : signed(v, digits);
	return `[${bound(low)}, ${bound(high)}]`;
}
