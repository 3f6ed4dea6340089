import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACTIVITIES } from './activity-library';
import { GROUP_TEMPLATES, templateFor } from './group-templates';
import { stageForSession } from './stages';
import {
	fitActivities,
	planSessionsFromTemplate,
	plannedMinutes,
	sessionFrame,
	sessionSlots,
	type PlanLibraryActivity
} from './template-plans';
import { STAGES } from './vocabularies';

const byKey = new Map(BUILT_IN_ACTIVITIES.map((a) => [a.key, a]));
const activitySet = (keys: string[]) => [...keys].sort().join('|');
const COUNTS = [4, 5, 6, 7, 8, 9, 10, 11, 12];

describe.each(GROUP_TEMPLATES.map((t) => [t.key, t] as const))(
	'plans from the %s template',
	(_, template) => {
		it.each(COUNTS)('%i sessions: every session fits its minutes and no two share a plan', (count) => {
			const plans = planSessionsFromTemplate(template, count, template.sessionMinutes, BUILT_IN_ACTIVITIES);
			expect(plans.map((p) => p.number)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
			for (const plan of plans) {
				expect(plannedMinutes(plan), `session ${plan.number}`).toBeLessThanOrEqual(template.sessionMinutes);
				// A plan that is mostly empty would "fit" too: it should fill most of the session.
				expect(plannedMinutes(plan), `session ${plan.number}`).toBeGreaterThanOrEqual(
					template.sessionMinutes * 0.75
				);
				expect(plan.activities.length, `session ${plan.number}`).toBeGreaterThan(0);
				for (const a of plan.activities) {
					const activity = byKey.get(a.key)!;
					expect(activity.stages, `session ${plan.number}: ${a.key}`).toContain(plan.stage);
					if (template.key !== 'CUSTOM') expect(activity.themes).toContain(template.key);
					expect(a.minutes).toBeGreaterThanOrEqual(activity.minMinutes);
					expect(a.minutes).toBeLessThanOrEqual(activity.maxMinutes);
				}
				expect(plan.titleZh.trim(), `session ${plan.number}`).not.toBe('');
				expect(plan.titleEn.trim(), `session ${plan.number}`).not.toBe('');
				expect(plan.goalsZh.split('\n')).toHaveLength(plan.activities.length);
			}
			const sets = plans.map((p) => activitySet(p.activities.map((a) => a.key)));
			expect(new Set(sets).size, sets.join('\n')).toBe(count);
		});

		it.each(COUNTS)('%i sessions: opens with the template’s first session, ends with its last', (count) => {
			const plans = planSessionsFromTemplate(template, count, template.sessionMinutes, BUILT_IN_ACTIVITIES);
			expect(plans[0].titleZh).toBe(template.sessions[0].titleZh);
			expect(plans[0].activities.map((a) => a.key)).toContain('group-contract');
			expect(plans.at(-1)!.titleZh).toBe(template.sessions.at(-1)!.titleZh);
			expect(plans.at(-1)!.stage).toBe('ENDING');
			expect(plans.at(-1)!.activities.map((a) => a.key)).toContain('review-and-farewell');
			const order = plans.map((p) => STAGES.indexOf(p.stage));
			expect(order).toEqual([...order].sort((a, b) => a - b));
		});
	}
);

describe('planSessionsFromTemplate', () => {
	const elder = templateFor('ELDER_SOCIAL');

	it('gives the elder group 60-minute sessions that end on time (was 70 or 75 minutes)', () => {
		const plans = planSessionsFromTemplate(elder, 6, 60, BUILT_IN_ACTIVITIES);
		expect(plans.map(plannedMinutes)).toEqual([60, 60, 60, 60, 60, 60]);
		expect(plans.map((p) => p.titleZh)).toEqual(elder.sessions.map((s) => s.titleZh));
	});

	it('keeps every template session when there are more sessions, adding library sessions in between', () => {
		const plans = planSessionsFromTemplate(elder, 8, 60, BUILT_IN_ACTIVITIES);
		const titles = plans.map((p) => p.titleZh);
		for (const s of elder.sessions) expect(titles.filter((t) => t === s.titleZh)).toHaveLength(1);
		const added = plans.filter((p) => p.fromLibrary);
		expect(added).toHaveLength(2);
		const templateKeys = new Set(elder.sessions.flatMap((s) => s.activityKeys));
		// Each added session brings at least one activity the template does not use.
		for (const p of added) expect(p.activities.some((a) => !templateKeys.has(a.key))).toBe(true);
	});

	it('condenses to fewer sessions by merging middle sessions, keeping the first and the last', () => {
		const teen = templateFor('TEEN_EMOTION');
		const slots = sessionSlots(teen, 4);
		expect(slots.map((s) => s.stage)).toEqual(['BEGINNING', 'WORKING', 'CONSOLIDATING', 'ENDING']);
		expect(slots.map((s) => (s.kind === 'template' ? s.sources.length : 0))).toEqual([1, 3, 3, 1]);
		const plans = planSessionsFromTemplate(teen, 4, 90, BUILT_IN_ACTIVITIES);
		// The merged working session takes activities from more than one of the sessions it replaces.
		const sources = teen.sessions.slice(1, 4);
		const from = sources.filter((s) =>
			s.activityKeys.some((k) => plans[1].activities.some((a) => a.key === k))
		);
		expect(from.length).toBeGreaterThanOrEqual(2);
		expect(plans[1].titleZh).toContain('·');
	});

	it('fits a session length the facilitator chose instead of the template’s', () => {
		for (const minutes of [30, 45, 75, 120]) {
			for (const plan of planSessionsFromTemplate(elder, 6, minutes, BUILT_IN_ACTIVITIES))
				expect(plannedMinutes(plan), `${minutes}: session ${plan.number}`).toBeLessThanOrEqual(minutes);
		}
	});

	it('handles one, two and three sessions', () => {
		expect(planSessionsFromTemplate(elder, 1, 60, BUILT_IN_ACTIVITIES).map((p) => p.stage)).toEqual([
			'BEGINNING'
		]);
		expect(planSessionsFromTemplate(elder, 2, 60, BUILT_IN_ACTIVITIES).map((p) => p.stage)).toEqual([
			'BEGINNING',
			'ENDING'
		]);
		expect(sessionSlots(elder, 3).map((s) => s.stage)).toEqual(['BEGINNING', 'WORKING', 'ENDING']);
		expect(() => sessionSlots(elder, 0)).toThrow(RangeError);
	});

	it('agrees with the general stage rule where the template does not say otherwise', () => {
		for (const count of [4, 8]) {
			expect(sessionSlots(elder, count).map((s) => s.stage)).toEqual(
				Array.from({ length: count }, (_, i) => stageForSession(i + 1, count))
			);
		}
	});
});

describe('fitActivities', () => {
	const activity = (key: string, min: number, def: number, max: number): PlanLibraryActivity => ({
		key,
		stages: ['WORKING'],
		themes: [],
		minMinutes: min,
		defaultMinutes: def,
		maxMinutes: max,
		titleZh: key,
		titleEn: key,
		purposeZh: '',
		purposeEn: ''
	});

	it('shortens the activity with the most room first, and never below its minimum', () => {
		const fitted = fitActivities([activity('a', 20, 25, 30), activity('b', 10, 30, 40)], 40);
		expect(fitted.map((f) => f.minutes)).toEqual([25, 15]);
	});

	it('drops the last activity that is not an anchor when even the minimums do not fit', () => {
		const fitted = fitActivities(
			[activity('x', 20, 25, 30), activity('group-contract', 20, 25, 30), activity('y', 20, 25, 30)],
			40
		);
		expect(fitted.map((f) => f.activity.key)).toEqual(['x', 'group-contract']);
	});

	it('lengthens activities up to their maximum to fill the time', () => {
		expect(fitActivities([activity('a', 10, 15, 20)], 30).map((f) => f.minutes)).toEqual([20]);
		expect(fitActivities([activity('a', 10, 15, 20), activity('b', 10, 15, 25)], 37)).toEqual([
			expect.objectContaining({ minutes: 17 }),
			expect.objectContaining({ minutes: 20 })
		]);
	});

	it('leaves the opening and closing room in short sessions', () => {
		expect(sessionFrame(90)).toEqual({ openingMinutes: 5, closingMinutes: 10, activityMinutes: 75 });
		expect(sessionFrame(30)).toEqual({ openingMinutes: 5, closingMinutes: 5, activityMinutes: 20 });
		expect(sessionFrame(8)).toEqual({ openingMinutes: 3, closingMinutes: 5, activityMinutes: 0 });
	});
});
