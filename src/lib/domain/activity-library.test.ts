import { describe, it, expect } from 'vitest';
import {
	BUILT_IN_ACTIVITIES,
	parseActivityLibrary,
	STAGES,
	THEMES,
	type BuiltInActivity,
	type Stage,
	type Theme
} from './activity-library';
import { GROUP_TEMPLATES, templateFor } from './group-templates';
import { sessionFrame } from './template-plans';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CJK = /[\u3400-\u9fff]/;
const ENERGY = ['LOW', 'MEDIUM', 'HIGH'];
const CONCRETE_THEMES = THEMES.filter((t) => t !== 'CUSTOM');

const byKey = new Map(BUILT_IN_ACTIVITIES.map((a) => [a.key, a]));

type TextPair = [zh: string, en: string, label: string];
function textPairs(a: BuiltInActivity): TextPair[] {
	return [
		[a.titleZh, a.titleEn, 'title'],
		[a.purposeZh, a.purposeEn, 'purpose'],
		[a.tipsZh, a.tipsEn, 'tips'],
		[a.risksZh, a.risksEn, 'risks']
	];
}

function sumDefaultMinutes(keys: string[]): number {
	return keys.reduce((sum, k) => sum + (byKey.get(k)?.defaultMinutes ?? 0), 0);
}

describe('BUILT_IN_ACTIVITIES', () => {
	it('has at least 40 activities', () => {
		expect(BUILT_IN_ACTIVITIES.length).toBeGreaterThanOrEqual(40);
	});

	it('has unique kebab-case keys', () => {
		const keys = BUILT_IN_ACTIVITIES.map((a) => a.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const key of keys) expect(key, key).toMatch(KEBAB);
	});

	it.each(BUILT_IN_ACTIVITIES.map((a) => [a.key, a] as const))('%s has complete bilingual text', (_, a) => {
		for (const [zh, en, label] of textPairs(a)) {
			expect(zh.trim(), `${a.key} ${label}Zh`).not.toBe('');
			expect(en.trim(), `${a.key} ${label}En`).not.toBe('');
			expect(zh, `${a.key} ${label}Zh should be Chinese`).toMatch(CJK);
			expect(en, `${a.key} ${label}En should be English`).not.toMatch(CJK);
		}
	});

	it.each(BUILT_IN_ACTIVITIES.map((a) => [a.key, a] as const))(
		'%s materials agree with needsMaterials',
		(_, a) => {
			if (a.needsMaterials) {
				expect(a.materialsZh.trim(), `${a.key} materialsZh`).not.toBe('');
				expect(a.materialsEn.trim(), `${a.key} materialsEn`).not.toBe('');
				expect(a.materialsZh).toMatch(CJK);
				expect(a.materialsEn).not.toMatch(CJK);
			} else {
				expect(a.materialsZh, `${a.key} materialsZh`).toBe('');
				expect(a.materialsEn, `${a.key} materialsEn`).toBe('');
			}
		}
	);

	it.each(BUILT_IN_ACTIVITIES.map((a) => [a.key, a] as const))('%s has 3–6 matching steps', (_, a) => {
		expect(a.stepsZh.length, `${a.key} stepsZh`).toBeGreaterThanOrEqual(3);
		expect(a.stepsZh.length, `${a.key} stepsZh`).toBeLessThanOrEqual(6);
		expect(a.stepsEn.length, `${a.key} steps count`).toBe(a.stepsZh.length);
		for (const step of a.stepsZh) {
			expect(step.trim()).not.toBe('');
			expect(step).toMatch(CJK);
		}
		for (const step of a.stepsEn) {
			expect(step.trim()).not.toBe('');
			expect(step).not.toMatch(CJK);
		}
	});

	it.each(BUILT_IN_ACTIVITIES.map((a) => [a.key, a] as const))(
		'%s has sensible minutes and sizes',
		(_, a) => {
			for (const n of [a.minMinutes, a.defaultMinutes, a.maxMinutes, a.minGroupSize, a.maxGroupSize]) {
				expect(Number.isInteger(n), `${a.key} integer`).toBe(true);
				expect(n, a.key).toBeGreaterThan(0);
			}
			expect(a.minMinutes, a.key).toBeLessThanOrEqual(a.defaultMinutes);
			expect(a.defaultMinutes, a.key).toBeLessThanOrEqual(a.maxMinutes);
			expect(a.maxMinutes, a.key).toBeLessThanOrEqual(120);
			expect(a.minGroupSize, a.key).toBeGreaterThanOrEqual(1);
			expect(a.minGroupSize, a.key).toBeLessThanOrEqual(a.maxGroupSize);
			expect(a.maxGroupSize, a.key).toBeLessThanOrEqual(40);
		}
	);

	it.each(BUILT_IN_ACTIVITIES.map((a) => [a.key, a] as const))(
		'%s has valid stages, themes and energy',
		(_, a) => {
			expect(a.stages.length, a.key).toBeGreaterThan(0);
			expect(new Set(a.stages).size, `${a.key} duplicate stage`).toBe(a.stages.length);
			for (const s of a.stages) expect(STAGES).toContain(s);
			expect(a.themes.length, a.key).toBeGreaterThan(0);
			expect(new Set(a.themes).size, `${a.key} duplicate theme`).toBe(a.themes.length);
			for (const t of a.themes) expect(CONCRETE_THEMES).toContain(t);
			expect(ENERGY).toContain(a.energy);
		}
	);

	it.each(CONCRETE_THEMES)('theme %s has at least 8 suitable activities', (theme) => {
		const count = BUILT_IN_ACTIVITIES.filter((a) => a.themes.includes(theme)).length;
		expect(count).toBeGreaterThanOrEqual(8);
	});

	it.each([...STAGES])('stage %s has at least 5 suitable activities', (stage) => {
		const count = BUILT_IN_ACTIVITIES.filter((a) => a.stages.includes(stage)).length;
		expect(count).toBeGreaterThanOrEqual(5);
	});

	it('covers introductions and norms at the beginning, review and farewell at the end', () => {
		const suits = (key: string, stage: Stage) => byKey.get(key)?.stages.includes(stage) ?? false;
		expect(suits('name-chain', 'BEGINNING')).toBe(true);
		expect(suits('snowball-introduction', 'BEGINNING')).toBe(true);
		expect(suits('group-contract', 'BEGINNING')).toBe(true);
		expect(suits('review-and-farewell', 'ENDING')).toBe(true);
		expect(suits('closing-circle', 'ENDING')).toBe(true);
	});
});

describe('GROUP_TEMPLATES', () => {
	it('has exactly one template per theme, including CUSTOM', () => {
		const keys = GROUP_TEMPLATES.map((t) => t.key);
		expect(keys.length).toBe(THEMES.length);
		expect(new Set(keys)).toEqual(new Set(THEMES));
	});

	it.each([...THEMES])('templateFor(%s) returns the matching template', (theme) => {
		expect(templateFor(theme).key).toBe(theme);
	});

	it('uses the expected session counts', () => {
		expect(templateFor('TEEN_EMOTION').sessionCount).toBe(8);
		for (const theme of [
			'ELDER_SOCIAL',
			'CARER_SUPPORT',
			'PARENT_CHILD',
			'RESIDENT_LEADERS',
			'CUSTOM'
		] as Theme[]) {
			expect(templateFor(theme).sessionCount, theme).toBe(6);
		}
	});

	describe.each(GROUP_TEMPLATES.map((t) => [t.key, t] as const))('%s', (theme, t) => {
		it('has bilingual names, population and recruitment text', () => {
			for (const [zh, en] of [
				[t.nameZh, t.nameEn],
				[t.targetPopulationZh, t.targetPopulationEn],
				[t.recruitmentCriteriaZh, t.recruitmentCriteriaEn]
			]) {
				expect(zh.trim()).not.toBe('');
				expect(en.trim()).not.toBe('');
				expect(zh).toMatch(CJK);
				expect(en).not.toMatch(CJK);
			}
			expect(t.sessionMinutes).toBeGreaterThan(0);
		});

		it('pre-fills a theoretical basis in both languages (none for CUSTOM)', () => {
			if (theme === 'CUSTOM') {
				expect([t.theoreticalBasisZh, t.theoreticalBasisEn]).toEqual(['', '']);
				return;
			}
			expect(t.theoreticalBasisZh).toMatch(CJK);
			expect(t.theoreticalBasisEn).not.toMatch(CJK);
			expect(t.theoreticalBasisZh.split('\n')).toHaveLength(t.theoreticalBasisEn.split('\n').length);
		});

		it('has the same goals in both languages (3–4, none for CUSTOM)', () => {
			expect(t.goalsEn.length).toBe(t.goalsZh.length);
			if (theme === 'CUSTOM') {
				expect(t.goalsZh).toEqual([]);
			} else {
				expect(t.goalsZh.length).toBeGreaterThanOrEqual(3);
				expect(t.goalsZh.length).toBeLessThanOrEqual(4);
			}
			for (const g of t.goalsZh) expect(g).toMatch(CJK);
			for (const g of t.goalsEn) expect(g).not.toMatch(CJK);
		});

		it('has sessionCount sessions from BEGINNING to ENDING in stage order', () => {
			expect(t.sessions.length).toBe(t.sessionCount);
			expect(t.sessions[0].stage).toBe('BEGINNING');
			expect(t.sessions[t.sessions.length - 1].stage).toBe('ENDING');
			for (const s of t.sessions.slice(1, -1)) expect(['WORKING', 'CONSOLIDATING']).toContain(s.stage);
			const order = t.sessions.map((s) => STAGES.indexOf(s.stage));
			expect(order).toEqual([...order].sort((a, b) => a - b));
			for (const s of t.sessions) {
				expect(s.titleZh).toMatch(CJK);
				expect(s.titleEn.trim()).not.toBe('');
				expect(s.titleEn).not.toMatch(CJK);
			}
		});

		it('opens with norms and closes with review and farewell', () => {
			expect(t.sessions[0].activityKeys).toContain('group-contract');
			expect(t.sessions[t.sessions.length - 1].activityKeys).toContain('review-and-farewell');
		});

		it('only uses existing activities that suit the session stage and theme', () => {
			for (const [i, s] of t.sessions.entries()) {
				expect(s.activityKeys.length, `session ${i + 1}`).toBeGreaterThanOrEqual(2);
				expect(s.activityKeys.length, `session ${i + 1}`).toBeLessThanOrEqual(4);
				expect(new Set(s.activityKeys).size, `session ${i + 1} duplicates`).toBe(s.activityKeys.length);
				for (const key of s.activityKeys) {
					const activity = byKey.get(key);
					expect(activity, `session ${i + 1}: unknown activity ${key}`).toBeDefined();
					expect(activity?.stages, `session ${i + 1}: ${key} stage`).toContain(s.stage);
					if (theme !== 'CUSTOM') expect(activity?.themes, `session ${i + 1}: ${key} theme`).toContain(theme);
				}
			}
		});

		it('fits each session at the activities’ default lengths, with an opening and a closing', () => {
			const { activityMinutes } = sessionFrame(t.sessionMinutes);
			for (const [i, s] of t.sessions.entries()) {
				const total = sumDefaultMinutes(s.activityKeys);
				expect(total, `session ${i + 1}`).toBeGreaterThanOrEqual(activityMinutes * 0.6);
				expect(total, `session ${i + 1}`).toBeLessThanOrEqual(activityMinutes);
			}
		});
	});
});

describe('parseActivityLibrary (the data file is checked when it loads)', () => {
	const [good, other] = BUILT_IN_ACTIVITIES;

	it('accepts the library data as it is', () => {
		expect(parseActivityLibrary(structuredClone(BUILT_IN_ACTIVITIES))).toEqual(BUILT_IN_ACTIVITIES);
	});

	it.each([
		[
			'a default longer than the maximum',
			{ defaultMinutes: good.maxMinutes + 1 },
			'defaultMinutes: minutes must be'
		],
		['an unknown stage', { stages: ['LATER'] }, 'stages.0:'],
		['steps that differ in count', { stepsEn: good.stepsEn.slice(0, 2) }, 'stepsEn:'],
		[
			'materials without needsMaterials',
			{ materialsZh: '纸', materialsEn: 'Paper', needsMaterials: false },
			'needsMaterials:'
		],
		['an unknown field', { colour: 'red' }, 'colour'],
		['a missing title', { titleEn: undefined }, 'titleEn:']
	])('refuses %s, naming the activity and the field', (_, change, message) => {
		const broken = { ...good, ...change };
		expect(() => parseActivityLibrary([broken, other])).toThrow(`${good.key}`);
		expect(() => parseActivityLibrary([broken, other])).toThrow(message);
	});

	it('refuses two activities with the same key', () => {
		expect(() => parseActivityLibrary([good, { ...other, key: good.key }])).toThrow('activity keys repeat');
	});
});
