import { describe, expect, it } from 'vitest';
import { templateFor } from './group-templates';
import { localDate } from './dates';
import { firstSessionDate, isCalendarDate, sessionDates, sessionStages } from './group-schedule';

describe('sessionDates', () => {
	it('starts on the first chosen weekday on or after the start date and repeats weekly', () => {
		// 2026-03-02 is a Monday; weekday 3 is Wednesday.
		const dates = sessionDates(
			{ startDate: '2026-03-02', weekday: 3, startTime: '14:30', sessionCount: 3 },
			'Asia/Shanghai'
		);
		expect(dates.map((d) => d.toISOString())).toEqual([
			'2026-03-04T06:30:00.000Z',
			'2026-03-11T06:30:00.000Z',
			'2026-03-18T06:30:00.000Z'
		]);
	});

	it('uses the start date itself when it is the chosen weekday', () => {
		expect(firstSessionDate('2026-03-04', 3)).toBe('2026-03-04');
		expect(firstSessionDate('2026-03-05', 3)).toBe('2026-03-11');
	});

	it('keeps the wall-clock time across a daylight saving change', () => {
		// Europe/Berlin moves to summer time on 2026-03-29.
		const dates = sessionDates(
			{ startDate: '2026-03-23', weekday: 1, startTime: '18:00', sessionCount: 2 },
			'Europe/Berlin'
		);
		expect(dates.map((d) => d.toISOString())).toEqual([
			'2026-03-23T17:00:00.000Z',
			'2026-03-30T16:00:00.000Z'
		]);
		expect(dates.map((d) => localDate(d, 'Europe/Berlin'))).toEqual(['2026-03-23', '2026-03-30']);
	});

	it('keeps an early New York session at its clock time in the week the clocks go forward', () => {
		// 2026-03-08 (a Sunday) New York moves from UTC-5 to UTC-4 at 07:00 UTC.
		const dates = sessionDates(
			{ startDate: '2026-03-01', weekday: 0, startTime: '06:00', sessionCount: 3 },
			'America/New_York'
		);
		expect(dates.map((d) => d.toISOString())).toEqual([
			'2026-03-01T11:00:00.000Z',
			'2026-03-08T10:00:00.000Z',
			'2026-03-15T10:00:00.000Z'
		]);
	});

	it('keeps a New York session at its clock time in the week the clocks go back', () => {
		const dates = sessionDates(
			{ startDate: '2026-10-25', weekday: 0, startTime: '03:00', sessionCount: 2 },
			'America/New_York'
		);
		expect(dates.map((d) => d.toISOString())).toEqual([
			'2026-10-25T07:00:00.000Z',
			'2026-11-01T08:00:00.000Z'
		]);
	});

	it('keeps a Berlin night session at its clock time on both change days', () => {
		const spring = sessionDates(
			{ startDate: '2026-03-22', weekday: 0, startTime: '01:30', sessionCount: 2 },
			'Europe/Berlin'
		);
		expect(spring.map((d) => d.toISOString())).toEqual([
			'2026-03-22T00:30:00.000Z',
			'2026-03-29T00:30:00.000Z'
		]);
		const autumn = sessionDates(
			{ startDate: '2026-10-18', weekday: 0, startTime: '01:30', sessionCount: 3 },
			'Europe/Berlin'
		);
		expect(autumn.map((d) => d.toISOString())).toEqual([
			'2026-10-17T23:30:00.000Z',
			'2026-10-24T23:30:00.000Z',
			'2026-11-01T00:30:00.000Z'
		]);
	});

	it('puts a Shanghai session on its own calendar day, eight hours ahead of UTC', () => {
		const dates = sessionDates(
			{ startDate: '2026-12-14', weekday: 1, startTime: '07:00', sessionCount: 1 },
			'Asia/Shanghai'
		);
		expect(dates.map((d) => d.toISOString())).toEqual(['2026-12-13T23:00:00.000Z']);
	});

	it('refuses impossible schedules', () => {
		const base = { startDate: '2026-03-02', weekday: 1, startTime: '09:00', sessionCount: 4 };
		expect(() => sessionDates({ ...base, startDate: '2026-02-30' }, 'UTC')).toThrow(RangeError);
		expect(() => sessionDates({ ...base, startTime: '24:00' }, 'UTC')).toThrow(RangeError);
		expect(() => sessionDates({ ...base, weekday: 7 }, 'UTC')).toThrow(RangeError);
		expect(() => sessionDates({ ...base, sessionCount: 0 }, 'UTC')).toThrow(RangeError);
		expect(() => sessionDates({ ...base, sessionCount: 31 }, 'UTC')).toThrow(RangeError);
	});

	it('recognises real calendar dates only', () => {
		expect(isCalendarDate('2028-02-29')).toBe(true);
		expect(isCalendarDate('2026-02-29')).toBe(false);
		expect(isCalendarDate('2026-1-5')).toBe(false);
	});
});

describe('sessionStages', () => {
	it('takes the template stages when the count matches the template', () => {
		const elder = templateFor('ELDER_SOCIAL');
		expect(sessionStages(6, elder)).toEqual(elder.sessions.map((s) => s.stage));
	});

	it('follows the template outline for another count, and the general rule without a template', () => {
		expect(sessionStages(4, templateFor('ELDER_SOCIAL'))).toEqual([
			'BEGINNING',
			'WORKING',
			'CONSOLIDATING',
			'ENDING'
		]);
		expect(sessionStages(1, null)).toEqual(['BEGINNING']);
	});
});
