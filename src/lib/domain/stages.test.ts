import { describe, expect, it } from 'vitest';
import {
	STAGES,
	groupStage,
	isStage,
	rankActivitiesForSession,
	stageForSession,
	suggestedActivityFocus,
	type Stage
} from './stages';

const ABBR: Record<Stage, string> = {
	PREPARATION: 'P',
	BEGINNING: 'B',
	WORKING: 'W',
	CONSOLIDATING: 'C',
	ENDING: 'E'
};

function sequence(count: number): string {
	return Array.from({ length: count }, (_, i) => ABBR[stageForSession(i + 1, count)]).join('');
}

describe('STAGES / isStage', () => {
	it('lists the stages in order', () => {
		expect(STAGES).toEqual(['PREPARATION', 'BEGINNING', 'WORKING', 'CONSOLIDATING', 'ENDING']);
	});
	it('recognises stages', () => {
		expect(isStage('WORKING')).toBe(true);
		expect(isStage('working')).toBe(false);
		expect(isStage(3)).toBe(false);
	});
});

describe('stageForSession', () => {
	it.each([
		[1, 'B'],
		[2, 'BE'],
		[3, 'BWE'],
		[4, 'BWCE'],
		[5, 'BWWCE'],
		[6, 'BWWCCE'],
		[7, 'BWWWCCE'],
		[8, 'BWWWCCCE'],
		[10, 'BWWWWCCCCE'],
		[12, 'BWWWWWCCCCCE']
	])('%i sessions → %s', (count, expected) => {
		expect(sequence(count)).toBe(expected);
	});

	it('never returns PREPARATION', () => {
		for (let count = 1; count <= 30; count++) {
			for (let n = 1; n <= count; n++) expect(stageForSession(n, count)).not.toBe('PREPARATION');
		}
	});

	it('is monotone (never goes back to an earlier stage)', () => {
		for (let count = 1; count <= 30; count++) {
			let prev = 0;
			for (let n = 1; n <= count; n++) {
				const idx = STAGES.indexOf(stageForSession(n, count));
				expect(idx).toBeGreaterThanOrEqual(prev);
				prev = idx;
			}
		}
	});

	it('rejects invalid input', () => {
		expect(() => stageForSession(0, 5)).toThrow(RangeError);
		expect(() => stageForSession(6, 5)).toThrow(RangeError);
		expect(() => stageForSession(1.5, 5)).toThrow(RangeError);
		expect(() => stageForSession(1, 0)).toThrow(RangeError);
		expect(() => stageForSession(1, 2.5)).toThrow(RangeError);
		expect(() => stageForSession(Number.NaN, 5)).toThrow(RangeError);
	});
});

describe('groupStage', () => {
	const plan = (statuses: ('PLANNED' | 'DONE' | 'CANCELLED')[]) =>
		statuses.map((status, i) => ({ number: i + 1, status, stage: stageForSession(i + 1, statuses.length) }));

	it('is PREPARATION with no sessions', () => {
		expect(groupStage([])).toBe('PREPARATION');
	});

	it('is PREPARATION when nothing is done yet', () => {
		expect(groupStage(plan(['PLANNED', 'PLANNED', 'PLANNED', 'PLANNED']))).toBe('PREPARATION');
		// a cancelled first session still does not start the group
		expect(groupStage(plan(['CANCELLED', 'PLANNED', 'PLANNED', 'PLANNED']))).toBe('PREPARATION');
	});

	it('is the stage of the next planned session', () => {
		// 6 sessions: B W W C C E
		expect(groupStage(plan(['DONE', 'PLANNED', 'PLANNED', 'PLANNED', 'PLANNED', 'PLANNED']))).toBe('WORKING');
		expect(groupStage(plan(['DONE', 'DONE', 'DONE', 'PLANNED', 'PLANNED', 'PLANNED']))).toBe('CONSOLIDATING');
		expect(groupStage(plan(['DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'PLANNED']))).toBe('ENDING');
	});

	it('skips cancelled sessions', () => {
		expect(groupStage(plan(['DONE', 'CANCELLED', 'CANCELLED', 'PLANNED', 'PLANNED', 'PLANNED']))).toBe(
			'CONSOLIDATING'
		);
	});

	it('uses the lowest planned number regardless of array order', () => {
		const sessions = plan(['DONE', 'DONE', 'PLANNED', 'PLANNED', 'PLANNED', 'PLANNED']).reverse();
		expect(groupStage(sessions)).toBe('WORKING');
	});

	it('takes a planned session skipped earlier into account (the earliest not-done one)', () => {
		// session 2 was never run, session 3 was
		expect(groupStage(plan(['DONE', 'PLANNED', 'DONE', 'DONE', 'DONE', 'PLANNED']))).toBe('WORKING');
	});

	it('is ENDING when everything is done (or done/cancelled)', () => {
		expect(groupStage(plan(['DONE', 'DONE', 'DONE']))).toBe('ENDING');
		expect(groupStage(plan(['DONE', 'DONE', 'CANCELLED']))).toBe('ENDING');
	});

	it('uses the stored stage of the session, not a recomputed one', () => {
		expect(
			groupStage([
				{ number: 1, status: 'DONE', stage: 'BEGINNING' },
				{ number: 2, status: 'PLANNED', stage: 'BEGINNING' }
			])
		).toBe('BEGINNING');
	});
});

describe('suggestedActivityFocus', () => {
	it('puts introductions and group norms first for the first session', () => {
		const tags = suggestedActivityFocus('BEGINNING', true, false);
		expect(tags.slice(0, 2)).toEqual(['introductions', 'group-norms']);
		expect(tags).toContain('icebreaker');
	});

	it('puts review and farewell first for the last session', () => {
		const tags = suggestedActivityFocus('ENDING', false, true);
		expect(tags.slice(0, 2)).toEqual(['review', 'farewell']);
		expect(tags).toContain('evaluation');
	});

	it('combines both for a single-session group, without duplicates', () => {
		const tags = suggestedActivityFocus('BEGINNING', true, true);
		expect(tags.slice(0, 4)).toEqual(['introductions', 'group-norms', 'review', 'farewell']);
		expect(new Set(tags).size).toBe(tags.length);
	});

	it('has tags for every stage and returns fresh arrays', () => {
		for (const stage of STAGES) expect(suggestedActivityFocus(stage, false, false).length).toBeGreaterThan(0);
		const a = suggestedActivityFocus('WORKING', false, false);
		a.push('mutated');
		expect(suggestedActivityFocus('WORKING', false, false)).not.toContain('mutated');
	});

	it('gives working-stage tags for a middle session', () => {
		expect(suggestedActivityFocus('WORKING', false, false)).toEqual([
			'skill-building',
			'sharing',
			'problem-solving',
			'cohesion'
		]);
	});
});

describe('rankActivitiesForSession', () => {
	type A = { name: string; stages: Stage[]; themes: string[]; key?: string | null };
	const activities: A[] = [
		{ name: 'ending-only', stages: ['ENDING'], themes: ['farewell'], key: 'end' },
		{ name: 'working-plain', stages: ['WORKING'], themes: ['energiser'], key: 'plain' },
		{ name: 'working-theme', stages: ['WORKING'], themes: ['Anxiety'], key: 'theme' },
		{ name: 'any-stage-theme', stages: [], themes: ['anxiety'], key: 'any' },
		{ name: 'working-theme-planned', stages: ['WORKING', 'CONSOLIDATING'], themes: ['anxiety'], key: 'done' },
		{ name: 'working-focus', stages: ['WORKING'], themes: ['sharing', 'cohesion'], key: null },
		{ name: 'working-theme-focus', stages: ['WORKING'], themes: ['anxiety', 'skill-building'] }
	];
	const names = (list: A[]) => list.map((a) => a.name);

	it('excludes activities for other stages and sorts by fit', () => {
		const ranked = rankActivitiesForSession(activities, {
			stage: 'WORKING',
			theme: ' anxiety ',
			isFirst: false,
			isLast: false,
			alreadyPlannedKeys: ['done']
		});
		expect(names(ranked)).toEqual([
			// stage + theme + not planned, then by focus overlap (1 vs 0)
			'working-theme-focus',
			'working-theme',
			// stage + theme but already planned
			'working-theme-planned',
			// stage only, not planned: focus overlap 2 before 0
			'working-focus',
			'working-plain',
			// "any stage" activities come after explicit stage matches
			'any-stage-theme'
		]);
	});

	it('without planned keys and theme, keeps stage matches ordered by focus then input order', () => {
		const ranked = rankActivitiesForSession(activities, {
			stage: 'WORKING',
			theme: '',
			isFirst: false,
			isLast: false
		});
		expect(names(ranked)).toEqual([
			'working-focus',
			'working-theme-focus',
			'working-plain',
			'working-theme',
			'working-theme-planned',
			'any-stage-theme'
		]);
	});

	it('uses first/last-session focus as a tie-breaker', () => {
		const list: A[] = [
			{ name: 'plain', stages: ['ENDING'], themes: [] },
			{ name: 'farewell', stages: ['ENDING'], themes: ['farewell'] },
			{ name: 'intro', stages: ['ENDING'], themes: ['introductions'] }
		];
		const ctx = { stage: 'ENDING' as const, theme: 'x', isLast: true };
		expect(names(rankActivitiesForSession(list, { ...ctx, isFirst: false }))).toEqual([
			'farewell',
			'plain',
			'intro'
		]);
		expect(names(rankActivitiesForSession(list, { ...ctx, isFirst: true }))).toEqual([
			'farewell',
			'intro',
			'plain'
		]);
	});

	it('returns an empty list when nothing suits the stage', () => {
		expect(
			rankActivitiesForSession([{ stages: ['ENDING'], themes: [] }], {
				stage: 'BEGINNING',
				theme: '',
				isFirst: true,
				isLast: false
			})
		).toEqual([]);
	});

	it('does not mutate the input and returns the same objects', () => {
		const copy = activities.slice();
		const ranked = rankActivitiesForSession(activities, {
			stage: 'WORKING',
			theme: 'anxiety',
			isFirst: false,
			isLast: false
		});
		expect(activities).toEqual(copy);
		expect(ranked[0]).toBe(activities.find((a) => a.name === ranked[0].name));
	});
});
