import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACTIVITIES } from '../../../domain/activity-library';
import { rankActivitiesForSession } from '../../../domain/stages';
import { rankingTags } from './activity-focus';

const library = BUILT_IN_ACTIVITIES.map((a) => ({ ...a, themes: rankingTags(a) }));

describe('rankingTags', () => {
	it('keeps the population themes and adds the purpose tags of a built-in activity', () => {
		expect(rankingTags({ key: 'group-contract', themes: ['TEEN_EMOTION'] })).toEqual([
			'TEEN_EMOTION',
			'group-norms',
			'expectations',
			'contracting'
		]);
	});

	it('leaves an organization’s own activity (no key) with its themes only', () => {
		expect(rankingTags({ key: null, themes: ['CUSTOM'] })).toEqual(['CUSTOM']);
	});

	it('offers introductions and group norms first for a first session', () => {
		const ranked = rankActivitiesForSession(library, {
			stage: 'BEGINNING',
			theme: 'TEEN_EMOTION',
			isFirst: true,
			isLast: false
		});
		const top = ranked.slice(0, 6).map((a) => a.key);
		expect(top).toContain('group-contract');
		expect(top.some((k) => ['name-chain', 'snowball-introduction', 'find-common-ground'].includes(k))).toBe(
			true
		);
	});

	it('offers review and farewell first for the last session', () => {
		const ranked = rankActivitiesForSession(library, {
			stage: 'ENDING',
			theme: 'ELDER_SOCIAL',
			isFirst: false,
			isLast: true
		});
		const tags = rankingTags(ranked[0]);
		expect(tags.includes('review') || tags.includes('farewell')).toBe(true);
		expect(ranked.every((a) => a.stages.includes('ENDING') || a.stages.length === 0)).toBe(true);
	});
});
