import { describe, expect, it } from 'vitest';
import {
	calendarDaySchema,
	formatStoredDate,
	instantSchema,
	isoOrEmpty,
	localDate,
	startOfDayInZone,
	zonedDateTime,
	zoneOffsetMinutes
} from './dates';

describe('dates in a time zone', () => {
	it('knows Shanghai is eight hours ahead of UTC', () => {
		expect(zoneOffsetMinutes('Asia/Shanghai', new Date('2026-06-01T00:00:00Z'))).toBe(480);
	});

	it('finds the start of the local day, not the UTC day', () => {
		// 2026-03-01 20:00 UTC is already 2026-03-02 04:00 in Shanghai; that day began at 2026-03-01 16:00 UTC.
		expect(startOfDayInZone(new Date('2026-03-01T20:00:00Z'), 'Asia/Shanghai').toISOString()).toBe(
			'2026-03-01T16:00:00.000Z'
		);
	});

	it('follows daylight saving time', () => {
		// Berlin is UTC+2 in July: local midnight is 22:00 UTC the day before.
		expect(startOfDayInZone(new Date('2026-07-10T12:00:00Z'), 'Europe/Berlin').toISOString()).toBe(
			'2026-07-09T22:00:00.000Z'
		);
		expect(zonedDateTime('2026-01-15', '14:30', 'Europe/Berlin').toISOString()).toBe(
			'2026-01-15T13:30:00.000Z'
		);
	});

	it('gives the local calendar date, which is a day ahead of UTC in Shanghai before 08:00 Shanghai time', () => {
		// 2026-03-01 20:00 UTC is 2026-03-02 04:00 in Shanghai.
		expect(localDate(new Date('2026-03-01T20:00:00Z'), 'Asia/Shanghai')).toBe('2026-03-02');
		expect(localDate(new Date('2026-03-01T20:00:00Z'), 'UTC')).toBe('2026-03-01');
		// From 08:00 Shanghai time both calendars show the same date.
		expect(localDate(new Date('2026-03-02T00:00:00Z'), 'Asia/Shanghai')).toBe('2026-03-02');
	});

	it('gives the new year in Shanghai while it is still New Year’s Eve in UTC', () => {
		expect(localDate(new Date('2025-12-31T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-01-01');
	});

	it('gives a date behind UTC west of Greenwich, across daylight saving time', () => {
		// New York is UTC-4 in July: 02:00 UTC on 10 July is still 9 July there.
		expect(localDate(new Date('2026-07-10T02:00:00Z'), 'America/New_York')).toBe('2026-07-09');
	});
});

describe('date inputs and stored dates', () => {
	it('takes instants within 1900..2200 only, as a Date or an ISO string', () => {
		expect(instantSchema.safeParse(new Date('2026-03-02T10:00:00Z')).success).toBe(true);
		expect(instantSchema.safeParse('2026-03-02').success).toBe(true);
		for (const bad of [
			new Date(8.64e15),
			new Date(-8.64e15),
			new Date('0000-01-01T00:00:00Z'),
			new Date(Number.NaN),
			'+275760-09-13T00:00:00.000Z',
			'1899-12-31T23:59:59Z',
			42
		])
			expect(instantSchema.safeParse(bad).success).toBe(false);
	});

	it('takes calendar days that exist within 1900..2200 only', () => {
		expect(calendarDaySchema.safeParse('2026-02-28').success).toBe(true);
		for (const bad of ['0000-01-01', '1899-12-31', '2201-01-01', '2026-02-30', '+275760-09-13'])
			expect(calendarDaySchema.safeParse(bad).success).toBe(false);
	});

	it('formats an unreadable stored date as a dash instead of throwing', () => {
		const format = new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'medium' });
		expect(formatStoredDate(format, new Date(Number.NaN))).toBe('—');
		expect(formatStoredDate(format, 'garbage')).toBe('—');
		expect(formatStoredDate(format, new Date('2026-03-02T00:00:00Z'))).toBe('Mar 2, 2026');
		expect(isoOrEmpty(new Date(Number.NaN))).toBe('');
	});
});
