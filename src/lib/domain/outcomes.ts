/**
 * Outcome statistics used by reports (pure functions, no I/O).
 *
 * All functions return unrounded numbers; rounding is a presentation concern.
 * Invalid input throws a RangeError rather than producing NaN in a report.
 */
// ---------------------------------------------------------------------------------------------------------
// Goal Attainment Scaling
// ---------------------------------------------------------------------------------------------------------

export interface GasGoal {
	weight: number;
	/** attainment level −2..2 (integer); 0 = expected outcome */
	score: number;
}

/**
 * Goal Attainment Scaling T-score (Kiresuk & Sherman, 1968):
 *
 *   T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²)
 *
 * with ρ the assumed inter-correlation of goal scores (conventionally 0.3). T = 50 when every goal is
 * attained exactly as expected; with a single goal T = 50 + 10·x.
 *
 * @throws RangeError for no goals, a weight that is not a finite number > 0, a score that is not an
 *   integer in −2..2, or ρ outside 0..1.
 */
export function gasTScore(goals: GasGoal[], rho = 0.3): number {
	if (goals.length === 0) throw new RangeError('GAS needs at least one goal');
	if (!Number.isFinite(rho) || rho < 0 || rho > 1) throw new RangeError(`rho must be in 0..1, got ${rho}`);
	let sumWX = 0;
	let sumW = 0;
	let sumW2 = 0;
	for (const { weight, score } of goals) {
		if (!Number.isFinite(weight) || weight <= 0) {
			throw new RangeError(`GAS weights must be finite numbers > 0, got ${weight}`);
		}
		if (!Number.isInteger(score) || score < -2 || score > 2) {
			throw new RangeError(`GAS scores must be integers in -2..2, got ${score}`);
		}
		sumWX += weight * score;
		sumW += weight;
		sumW2 += weight * weight;
	}
	return 50 + (10 * sumWX) / Math.sqrt((1 - rho) * sumW2 + rho * sumW * sumW);
}

// ---------------------------------------------------------------------------------------------------------
// Reliable change (Jacobson & Truax, 1991)
// ---------------------------------------------------------------------------------------------------------

export type ReliableChangeClass = 'IMPROVED' | 'NO_CHANGE' | 'WORSE';

export interface ReliableChange {
	/** (x2 − x1) / Sdiff — sign follows the raw score change, regardless of `higherIsBetter` */
	rci: number;
	/** standard error of measurement, SD·√(1−r) */
	se: number;
	/** standard error of the difference, √(2·SE²) */
	sdiff: number;
	classification: ReliableChangeClass;
}

/** Critical value for a reliable change at p < .05 (two-sided). */
export const RCI_CRITICAL = 1.96;

function standardErrorOfDifference(sd: number, reliability: number): { se: number; sdiff: number } {
	if (!Number.isFinite(sd) || sd <= 0) throw new RangeError(`sd must be a finite number > 0, got ${sd}`);
	if (!Number.isFinite(reliability) || reliability < 0 || reliability >= 1) {
		throw new RangeError(`reliability must be in [0, 1), got ${reliability}`);
	}
	const se = sd * Math.sqrt(1 - reliability);
	return { se, sdiff: Math.sqrt(2 * se * se) };
}

/**
 * Jacobson–Truax Reliable Change Index between a baseline score x1 and a follow-up score x2.
 *
 *   SE = SD·√(1−r),  Sdiff = √(2·SE²),  RCI = (x2 − x1) / Sdiff
 *
 * |RCI| > 1.96 (strictly) is a reliable change. With `higherIsBetter` (default) a reliable increase is
 * IMPROVED; with `higherIsBetter = false` (e.g. a loneliness or distress scale) a reliable decrease is
 * IMPROVED. `sd` is the SD of the measure in a reference/baseline sample, `reliability` its test–retest
 * reliability or internal consistency (Cronbach's α).
 *
 * @throws RangeError for non-finite scores, sd ≤ 0, or reliability outside [0, 1).
 */
export function reliableChange(
	x1: number,
	x2: number,
	sd: number,
	reliability: number,
	higherIsBetter = true
): ReliableChange {
	if (!Number.isFinite(x1) || !Number.isFinite(x2)) throw new RangeError('scores must be finite numbers');
	const { se, sdiff } = standardErrorOfDifference(sd, reliability);
	const rci = (x2 - x1) / sdiff;
	let classification: ReliableChangeClass = 'NO_CHANGE';
	if (isReliableChange(x1, x2, sd, reliability)) {
		const wentUp = x2 > x1;
		classification = wentUp === higherIsBetter ? 'IMPROVED' : 'WORSE';
	}
	return { rci, se, sdiff, classification };
}

/** A rational number n/d with d > 0, exact. */
interface Rational {
	n: bigint;
	d: bigint;
}

/**
 * x as the exact decimal of its 15 significant digits. PostgreSQL casts a float8 to numeric the same way
 * (`%.15g`), so TypeScript and SQL compare the same decimals: 0.72, 1.6 and 98 stay exactly what was typed.
 */
export function exactDecimal(x: number): Rational {
	if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
	const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(x.toPrecision(15));
	if (!m) throw new RangeError(`cannot read ${x} as a decimal`);
	const fraction = (m[3] ?? '').replace(/0+$/, '');
	const digits = BigInt(`${m[1]}${m[2]}${fraction}`);
	const exponent = Number(m[4] ?? 0) - fraction.length;
	return exponent >= 0
		? { n: digits * 10n ** BigInt(exponent), d: 1n }
		: { n: digits, d: 10n ** BigInt(-exponent) };
}

const mul = (a: Rational, b: Rational): Rational => ({ n: a.n * b.n, d: a.d * b.d });
const sub = (a: Rational, b: Rational): Rational => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });

/**
 * Is x1 → x2 a reliable change: |RCI| > 1.96 strictly, decided exactly. Squaring both sides gives
 * Δ² > 1.96²·2·SD²·(1−r), compared in exact decimal arithmetic, so cases that sit on the line (SD 25, r .5, Δ 49)
 * are not reliable, whatever floating point would round √2 to. The SQL statements compare the same inequality in
 * PostgreSQL numeric (see `reliableChangeSql` in the reports service).
 */
export function isReliableChange(x1: number, x2: number, sd: number, reliability: number): boolean {
	standardErrorOfDifference(sd, reliability);
	// Far from the line, floating point (relative error ~1e-15) cannot decide otherwise than the exact comparison:
	// decide there at once, and compare exactly only within a relative 1e-9 of the line.
	const deltaF = x2 - x1;
	const lhsF = deltaF * deltaF;
	const boundF = RCI_CRITICAL * RCI_CRITICAL * 2 * sd * sd * (1 - reliability);
	if (lhsF > boundF * (1 + 1e-9)) return true;
	if (lhsF < boundF * (1 - 1e-9)) return false;
	const delta = sub(exactDecimal(x2), exactDecimal(x1));
	const s = exactDecimal(sd);
	const c = exactDecimal(RCI_CRITICAL);
	const bound = mul(
		mul(mul(c, c), { n: 2n, d: 1n }),
		mul(mul(s, s), sub({ n: 1n, d: 1n }, exactDecimal(reliability)))
	);
	const lhs = mul(delta, delta);
	return lhs.n * bound.d > bound.n * lhs.d;
}

/**
 * Band of scores that would NOT be a reliable change from `baseline` (for shading a chart):
 * baseline ∓ 1.96·Sdiff. A follow-up strictly outside (low, high) is a reliable change.
 */
export function reliableChangeBand(
	baseline: number,
	sd: number,
	reliability: number
): { low: number; high: number } {
	if (!Number.isFinite(baseline)) throw new RangeError('baseline must be a finite number');
	const { sdiff } = standardErrorOfDifference(sd, reliability);
	const half = RCI_CRITICAL * sdiff;
	return { low: baseline - half, high: baseline + half };
}

// ---------------------------------------------------------------------------------------------------------
// Distributions (Student t, standard normal)
// ---------------------------------------------------------------------------------------------------------

const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
	12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7; relative error ~1e-15). */
function lnGamma(x: number): number {
	if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
	const z = x - 1;
	let a = LANCZOS[0];
	const t = z + 7.5;
	for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
	return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-16;
const FPMIN = 1e-300;
const MAX_ITER = 100000;

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
	const qab = a + b;
	const qap = a + 1;
	const qam = a - 1;
	let c = 1;
	let d = 1 - (qab * x) / qap;
	if (Math.abs(d) < FPMIN) d = FPMIN;
	d = 1 / d;
	let h = d;
	for (let m = 1; m <= MAX_ITER; m++) {
		const m2 = 2 * m;
		let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < FPMIN) d = FPMIN;
		c = 1 + aa / c;
		if (Math.abs(c) < FPMIN) c = FPMIN;
		d = 1 / d;
		h *= d * c;
		aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
		d = 1 + aa * d;
		if (Math.abs(d) < FPMIN) d = FPMIN;
		c = 1 + aa / c;
		if (Math.abs(c) < FPMIN) c = FPMIN;
		d = 1 / d;
		const del = d * c;
		h *= del;
		if (Math.abs(del - 1) < EPS) break;
	}
	return h;
}

/** Regularized incomplete beta I_x(a, b), with y = 1 − x passed separately to keep precision near x = 1. */
function incompleteBeta(a: number, b: number, x: number, y: number): number {
	if (x <= 0) return 0;
	if (y <= 0) return 1;
	const lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(y);
	const front = Math.exp(lnFront);
	if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
	return 1 - (front * betaContinuedFraction(b, a, y)) / b;
}

/** Upper-tail probability P(T > t) of Student's t with `df` degrees of freedom, for t ≥ 0. */
function studentTUpperTail(t: number, df: number): number {
	const t2 = t * t;
	return 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t2), t2 / (df + t2));
}

/** Cumulative distribution function of Student's t. */
export function studentTCdf(t: number, df: number): number {
	if (!(df > 0)) throw new RangeError(`df must be > 0, got ${df}`);
	if (Number.isNaN(t)) return NaN;
	if (df === Infinity) return normalCdf(t);
	if (t === Infinity) return 1;
	if (t === -Infinity) return 0;
	const upper = studentTUpperTail(Math.abs(t), df);
	return t >= 0 ? 1 - upper : upper;
}

/** Regularized upper incomplete gamma Q(a, x). */
function gammaQ(a: number, x: number): number {
	if (x <= 0) return 1;
	const lnFront = -x + a * Math.log(x) - lnGamma(a);
	if (x < a + 1) {
		let ap = a;
		let del = 1 / a;
		let sum = del;
		for (let n = 0; n < MAX_ITER; n++) {
			ap += 1;
			del *= x / ap;
			sum += del;
			if (Math.abs(del) < Math.abs(sum) * EPS) break;
		}
		return 1 - sum * Math.exp(lnFront);
	}
	let b = x + 1 - a;
	let c = 1 / FPMIN;
	let d = 1 / b;
	let h = d;
	for (let i = 1; i <= MAX_ITER; i++) {
		const an = -i * (i - a);
		b += 2;
		d = an * d + b;
		if (Math.abs(d) < FPMIN) d = FPMIN;
		c = b + an / c;
		if (Math.abs(c) < FPMIN) c = FPMIN;
		d = 1 / d;
		const del = d * c;
		h *= del;
		if (Math.abs(del - 1) < EPS) break;
	}
	return Math.exp(lnFront) * h;
}

/** Complementary error function. */
function erfc(x: number): number {
	return x >= 0 ? gammaQ(0.5, x * x) : 2 - gammaQ(0.5, x * x);
}

/** Standard normal CDF Φ(z). */
export function normalCdf(z: number): number {
	return 0.5 * erfc(-z / Math.SQRT2);
}

/**
 * Standard normal quantile Φ⁻¹(p), 0 < p < 1 (Acklam's rational approximation refined by one Halley step;
 * accurate to ~1e-15).
 */
export function normalQuantile(p: number): number {
	if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), got ${p}`);
	const a = [
		-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
		2.506628277459239
	];
	const b = [
		-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1
	];
	const c = [
		-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
		2.938163982698783
	];
	const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
	const pLow = 0.02425;
	let x: number;
	if (p < pLow) {
		const q = Math.sqrt(-2 * Math.log(p));
		x =
			(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
			((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
	} else if (p <= 1 - pLow) {
		const q = p - 0.5;
		const r = q * q;
		x =
			((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
			(((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
	} else {
		const q = Math.sqrt(-2 * Math.log(1 - p));
		x =
			-(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
			((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
	}
	// One step of Halley's method against an accurate Φ.
	const e = normalCdf(x) - p;
	const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
	return x - u / (1 + (x * u) / 2);
}

/** Above this many degrees of freedom the Cornish–Fisher expansion is used (error far below 1e-12). */
const CORNISH_FISHER_DF = 1e5;

/**
 * Quantile of Student's t distribution: the t with P(T ≤ t) = p, for 0 < p < 1 and df > 0 (df need not
 * be an integer; df = Infinity gives the normal quantile).
 *
 * Computed by inverting the exact CDF (regularized incomplete beta) with bisection to full double
 * precision for df ≤ 1e5, and by the Cornish–Fisher expansion around the normal quantile above that.
 * E.g. t(0.975; 1) = 12.7062, t(0.975; 5) = 2.5706, t(0.975; 30) = 2.0423, t(0.975; ∞) = 1.9600.
 */
export function studentTQuantile(p: number, df: number): number {
	if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), got ${p}`);
	if (!(df > 0)) throw new RangeError(`df must be > 0, got ${df}`);
	// A pure function of (p, df), asked again and again with the same few (a CI per group and measure): remembered.
	const key = `${p}|${df}`;
	const known = quantiles.get(key);
	if (known !== undefined) return known;
	const t = computeStudentTQuantile(p, df);
	if (quantiles.size >= 10_000) quantiles.clear();
	quantiles.set(key, t);
	return t;
}

const quantiles = new Map<string, number>();

function computeStudentTQuantile(p: number, df: number): number {
	if (p === 0.5) return 0;
	const sign = p > 0.5 ? 1 : -1;
	const tail = p > 0.5 ? 1 - p : p; // target upper-tail probability of |t|

	if (df === 1) return sign * Math.tan(Math.PI * (0.5 - tail));
	if (df === 2) return sign * Math.sqrt(2 / (4 * tail * (1 - tail)) - 2);

	if (df > CORNISH_FISHER_DF) {
		const z = normalQuantile(1 - tail);
		const z2 = z * z;
		const g1 = ((z2 + 1) * z) / 4;
		const g2 = (((5 * z2 + 16) * z2 + 3) * z) / 96;
		const g3 = ((((3 * z2 + 19) * z2 + 17) * z2 - 15) * z) / 384;
		const g4 = (((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z) / 92160;
		return sign * (z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4);
	}

	// Bracket: the upper tail decreases in t.
	let lo = 0;
	let hi = 1;
	while (studentTUpperTail(hi, df) > tail) {
		lo = hi;
		hi *= 2;
		if (!Number.isFinite(hi)) return sign * Infinity;
	}
	for (let i = 0; i < 2000; i++) {
		const mid = (lo + hi) / 2;
		if (mid <= lo || mid >= hi) break;
		if (studentTUpperTail(mid, df) > tail) lo = mid;
		else hi = mid;
	}
	return sign * ((lo + hi) / 2);
}

// ---------------------------------------------------------------------------------------------------------
// Mean with confidence interval
// ---------------------------------------------------------------------------------------------------------

export interface MeanWithCI {
	n: number;
	mean: number;
	/** sample standard deviation (n − 1 denominator); 0 when n = 1 */
	sd: number;
	low: number;
	high: number;
}

/**
 * Mean with a two-sided Student-t confidence interval: mean ± t(1 − (1−level)/2; n−1) · sd/√n.
 *
 * - n = 0 → null;
 * - n = 1 → sd = 0 and low = high = mean (no interval can be estimated from one value; we return a
 *   degenerate interval rather than NaN so charts do not break — callers should show n).
 *
 * @throws RangeError for non-finite values or a level outside (0, 1).
 */
export function meanWithCI(values: number[], level = 0.95): MeanWithCI | null {
	if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
	const n = values.length;
	if (n === 0) return null;
	let sum = 0;
	for (const v of values) {
		if (!Number.isFinite(v)) throw new RangeError(`values must be finite numbers, got ${v}`);
		sum += v;
	}
	const mean = sum / n;
	if (n === 1) return { n, mean, sd: 0, low: mean, high: mean };
	let ss = 0;
	for (const v of values) ss += (v - mean) ** 2;
	const sd = Math.sqrt(ss / (n - 1));
	const half = studentTQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n));
	return { n, mean, sd, low: mean - half, high: mean + half };
}

// ---------------------------------------------------------------------------------------------------------
// Attendance & retention
// ---------------------------------------------------------------------------------------------------------

export { ATTENDANCE_STATUSES, type AttendanceStatus } from './vocabularies';

/**
 * Share of enrolled members who completed the programme, completed / enrolled (0..1).
 * Returns null when nobody was enrolled.
 * @throws RangeError unless both are integers ≥ 0 with completed ≤ enrolled.
 */
export function retention(enrolled: number, completed: number): number | null {
	if (!Number.isInteger(enrolled) || enrolled < 0) throw new RangeError(`enrolled must be an integer >= 0`);
	if (!Number.isInteger(completed) || completed < 0 || completed > enrolled) {
		throw new RangeError(`completed must be an integer in 0..enrolled`);
	}
	return enrolled === 0 ? null : completed / enrolled;
}

// ---------------------------------------------------------------------------------------------------------
// Participation
// ---------------------------------------------------------------------------------------------------------

/**
 * Participation balance = 1 − G*, where G* is the Gini coefficient with the small-sample normalisation
 * n/(n−1) so that it spans exactly 0..1 for any group size:
 *
 *   G* = Σᵢ Σⱼ |xᵢ − xⱼ| / (2·(n−1)·Σx)
 *
 * 1 = everyone contributed equally, 0 = one member did everything.
 * Fewer than two members, or no contributions at all, → 1 (nobody dominates).
 *
 * @throws RangeError for negative or non-finite counts.
 */
export function participationBalance(countsPerMember: number[]): number {
	for (const c of countsPerMember) {
		if (!Number.isFinite(c) || c < 0) throw new RangeError(`counts must be finite numbers >= 0, got ${c}`);
	}
	const n = countsPerMember.length;
	const total = countsPerMember.reduce((s, c) => s + c, 0);
	if (n < 2 || total === 0) return 1;
	const sorted = [...countsPerMember].sort((a, b) => a - b);
	// Σ_{i<j} (x_(j) − x_(i)) = Σ_i x_(i)·(2i − n + 1), 0-based over the ascending order.
	let pairDiffs = 0;
	sorted.forEach((x, i) => {
		pairDiffs += x * (2 * i - n + 1);
	});
	const gini = pairDiffs / ((n - 1) * total);
	return Math.min(1, Math.max(0, 1 - gini));
}

/**
 * Members with no interaction edge in or out. An edge with `to: null` (addressed to the whole group)
 * still counts for its `from` member. Returned in `memberIds` order, without duplicates.
 */
export function isolatedMembers(memberIds: string[], edges: { from: string; to: string | null }[]): string[] {
	const connected = new Set<string>();
	for (const e of edges) {
		connected.add(e.from);
		if (e.to !== null) connected.add(e.to);
	}
	return [...new Set(memberIds)].filter((id) => !connected.has(id));
}

// ---------------------------------------------------------------------------------------------------------
// Scales
// ---------------------------------------------------------------------------------------------------------

/**
 * Three-item loneliness scale (Hughes, Waite, Hawkley & Cacioppo, 2004): exactly 3 items, each scored
 * 1 (hardly ever) .. 3 (often); the total is 3..9, higher = lonelier.
 * @throws RangeError unless there are exactly 3 integer items in 1..3.
 */
export function loneliness3Score(items: number[]): number {
	if (items.length !== 3)
		throw new RangeError(`the 3-item loneliness scale needs 3 items, got ${items.length}`);
	for (const v of items) {
		if (!Number.isInteger(v) || v < 1 || v > 3) {
			throw new RangeError(`loneliness items must be integers in 1..3, got ${v}`);
		}
	}
	return items[0] + items[1] + items[2];
}
