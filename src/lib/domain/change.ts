/**
 * Change from baseline: which response is a member's baseline and which the follow-up, the GAS T-scores at
 * both, and the per-member change and its group summary. The member's progress page applies these functions;
 * the group figures (outcomes, comparison, closing report, CSV) come from the same rules in SQL, kept per group
 * and measure by the database (ChangeSummary, GroupSummary: `summaries_refresh_group` and
 * `summaries_change_figures`, prisma/migrations/20261130164903_outcomes_from_summaries), pinned to these by
 * property tests on random histories.
 */
import { gasTScore, isReliableChange, type ReliableChangeClass } from './outcomes';

export type MeasurePoint = 'BASELINE' | 'SESSION' | 'END';

/** One stored response of one member to one measure (or one GAS goal). */
export interface TimedResponse {
	id: string;
	point: MeasurePoint;
	/** the number (第N节) of the response's session; null for BASELINE / END or a session that was deleted */
	sessionNumber: number | null;
	takenAt: Date;
	createdAt: Date;
	score: number;
}

/** Orders by taken at, then saved at, then id (code-unit order, as SQL's COLLATE "C"), so ties never depend on a plan. */
function byTime(a: TimedResponse, b: TimedResponse): number {
	return (
		a.takenAt.getTime() - b.takenAt.getTime() ||
		a.createdAt.getTime() - b.createdAt.getTime() ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/**
 * The baseline: the BASELINE response taken first (ties: saved first, then the smaller id).
 *
 * Why the first: the baseline describes the member before the group worked with them; a second BASELINE row is
 * a later re-assessment (or a duplicate), which already carries some of the group's effect.
 */
export function pickBaseline<T extends TimedResponse>(responses: T[]): T | null {
	const baselines = responses.filter((r) => r.point === 'BASELINE').sort(byTime);
	return baselines[0] ?? null;
}

/**
 * Orders follow-up candidates from least to most preferred: any END response beats any SESSION response; among
 * END responses the one taken last; among SESSION responses the one of the highest session number (a response
 * whose session was deleted ranks below every numbered one), then taken last. Remaining ties: saved last, then
 * the larger id.
 */
export function followUpOrder(a: TimedResponse, b: TimedResponse): number {
	const endA = a.point === 'END' ? 1 : 0;
	const endB = b.point === 'END' ? 1 : 0;
	if (endA !== endB) return endA - endB;
	const numA = a.sessionNumber ?? -Infinity;
	const numB = b.sessionNumber ?? -Infinity;
	if (numA !== numB) return numA < numB ? -1 : 1;
	return byTime(a, b);
}

/**
 * The follow-up: the END response if there is one (the latest END by taken at), else the response of the highest
 * session number (ties by taken at, saved at, id; see `followUpOrder`).
 *
 * Why END first and session number over date: END is the assessment the plan sets for the close of the group,
 * whenever it is typed in (it may be saved on day 20 and a session-4 entry on day 28). Without one, the session's
 * number orders the programme: a rescheduled session dated after the next one is still earlier in the work.
 */
export function pickFollowUp<T extends TimedResponse>(responses: T[]): T | null {
	const later = responses.filter((r) => r.point !== 'BASELINE').sort(followUpOrder);
	return later.at(-1) ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// GAS
// ---------------------------------------------------------------------------------------------------------

/** Inter-correlation of GAS goals assumed by the T-score (Kiresuk & Sherman's conventional ρ). */
export const GAS_RHO = 0.3;

export interface GasGoalHistory {
	weight: number;
	responses: TimedResponse[];
}

/**
 * A member's GAS T-scores at baseline and follow-up, over the goals set at baseline (Kiresuk & Sherman): the
 * goals that have a baseline level. Each goal's level at baseline and at follow-up is picked by `pickBaseline` /
 * `pickFollowUp`. A goal added after baseline is not part of the T-score. The follow-up T needs a follow-up
 * level for every baseline goal; with one missing it is null rather than a T over fewer goals, which would
 * compare two different goal sets.
 */
export function gasChange(
	goals: GasGoalHistory[],
	rho = GAS_RHO
): { baseline: number; followUp: number | null } | null {
	const set = goals
		.map((g) => ({ weight: g.weight, x1: pickBaseline(g.responses), x2: pickFollowUp(g.responses) }))
		.filter((g) => g.x1 !== null);
	if (set.length === 0) return null;
	const baseline = gasTScore(
		set.map((g) => ({ weight: g.weight, score: g.x1!.score })),
		rho
	);
	const followUp = set.every((g) => g.x2 !== null)
		? gasTScore(
				set.map((g) => ({ weight: g.weight, score: g.x2!.score })),
				rho
			)
		: null;
	return { baseline, followUp };
}

// ---------------------------------------------------------------------------------------------------------
// Per-member change and its group summary
// ---------------------------------------------------------------------------------------------------------

export interface MeasureNorms {
	higherIsBetter: boolean;
	sd: number | null;
	reliability: number | null;
}

/** A change can be classified when the measure has an SD > 0 and a reliability in [0, 1). */
export function canClassify(m: MeasureNorms): boolean {
	return m.sd !== null && m.sd > 0 && m.reliability !== null && m.reliability >= 0 && m.reliability < 1;
}

/** Jacobson–Truax class of one member's change, or null when the measure's norms do not allow one. */
export function classifyChange(x1: number, x2: number, m: MeasureNorms): ReliableChangeClass | null {
	if (!canClassify(m)) return null;
	if (!isReliableChange(x1, x2, m.sd!, m.reliability!)) return 'NO_CHANGE';
	return x2 > x1 === m.higherIsBetter ? 'IMPROVED' : 'WORSE';
}

export interface ChangeSummary {
	/** members with a baseline and a follow-up */
	n: number;
	/** mean and sample SD of (follow-up − baseline); null SD below two members */
	mean: number;
	sd: number | null;
	meanBaseline: number;
	meanLatest: number;
	/** members whose change could be classified (the measure has an SD and a reliability) */
	classified: number;
	improved: number;
	worse: number;
}

/** The group's change on one measure from its members' (baseline, follow-up) pairs; null without any pair. */
export function summarizeChange(pairs: { x1: number; x2: number }[], m: MeasureNorms): ChangeSummary | null {
	const n = pairs.length;
	if (n === 0) return null;
	const deltas = pairs.map((p) => p.x2 - p.x1);
	const mean = deltas.reduce((s, d) => s + d, 0) / n;
	const sd = n < 2 ? null : Math.sqrt(deltas.reduce((s, d) => s + (d - mean) ** 2, 0) / (n - 1));
	const classes = pairs.map((p) => classifyChange(p.x1, p.x2, m));
	return {
		n,
		mean,
		sd,
		meanBaseline: pairs.reduce((s, p) => s + p.x1, 0) / n,
		meanLatest: pairs.reduce((s, p) => s + p.x2, 0) / n,
		classified: classes.filter((c) => c !== null).length,
		improved: classes.filter((c) => c === 'IMPROVED').length,
		worse: classes.filter((c) => c === 'WORSE').length
	};
}

/**
 * Goals against achievement (the closing report's GAS line), over every goal with a follow-up level: attained =
 * at or above the expected level (0), progressed = above its baseline level.
 */
export function gasAttainment(goals: { responses: TimedResponse[] }[]) {
	let scored = 0;
	let attained = 0;
	let progressed = 0;
	for (const g of goals) {
		const x2 = pickFollowUp(g.responses)?.score;
		if (x2 === undefined) continue;
		const x1 = pickBaseline(g.responses)?.score;
		scored++;
		if (x2 >= 0) attained++;
		if (x1 !== undefined && x2 > x1) progressed++;
	}
	return { goals: scored, attained, progressed };
}

// ---------------------------------------------------------------------------------------------------------
// Clinical significance (Jacobson & Truax, 1991, criterion c)
// ---------------------------------------------------------------------------------------------------------

export interface PopulationNorms {
	functionalMean: number | null;
	functionalSd: number | null;
	clinicalMean: number | null;
	clinicalSd: number | null;
}

/**
 * Criterion c: the score between the clinical and the functional population, weighted by their SDs,
 * c = (SD_clin·M_func + SD_func·M_clin) / (SD_clin + SD_func). Null unless all four published norms are known.
 */
export function clinicalCutoff(n: PopulationNorms): number | null {
	const { functionalMean: mf, functionalSd: sf, clinicalMean: mc, clinicalSd: sc } = n;
	if (mf === null || sf === null || mc === null || sc === null || !(sf > 0) || !(sc > 0)) return null;
	return (sc * mf + sf * mc) / (sc + sf);
}

/**
 * RECOVERED when the change is a reliable improvement and the follow-up lies beyond criterion c on the functional
 * side; NOT_RECOVERED otherwise; null without published norms or without a reliable-change class.
 */
export function clinicalSignificance(
	x1: number,
	x2: number,
	m: MeasureNorms & PopulationNorms
): 'RECOVERED' | 'NOT_RECOVERED' | null {
	const c = clinicalCutoff(m);
	const rc = classifyChange(x1, x2, m);
	if (c === null || rc === null) return null;
	const functional = m.higherIsBetter ? x2 > c : x2 < c;
	return rc === 'IMPROVED' && functional ? 'RECOVERED' : 'NOT_RECOVERED';
}
