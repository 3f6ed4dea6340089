import { describe, expect, it } from 'vitest';
import {
	addDateOnlyDays,
	addDays,
	calendarDaySchema,
	dateOnly,
	dateOnlyString,
	dateTimeFormat,
	dayBounds,
	formatStoredDate,
	instantSchema,
	isoOrEmpty,
	localClock,
	localDate,
	startOfDayInZone,
	startOfMonthInZone,
	zoneOffsetMinutes,
	zonedDateTime
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

const iso = (d: Date) => d.toISOString();

describe('wall-clock times across daylight saving changes', () => {
	it('reads a New York time right after the spring change as daylight time', () => {
		// 2026-03-08: clocks jump from 02:00 EST to 03:00 EDT (07:00 UTC).
		expect(iso(zonedDateTime('2026-03-08', '03:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
		expect(iso(zonedDateTime('2026-03-08', '01:30', 'America/New_York'))).toBe('2026-03-08T06:30:00.000Z');
	});

	it('moves a time that the spring change skips forward by the gap', () => {
		expect(iso(zonedDateTime('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
	});

	it('reads a New York time after the autumn change as standard time', () => {
		// 2026-11-01: clocks go back from 02:00 EDT to 01:00 EST (06:00 UTC).
		expect(iso(zonedDateTime('2026-11-01', '03:00', 'America/New_York'))).toBe('2026-11-01T08:00:00.000Z');
		expect(iso(zonedDateTime('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
	});

	it('reads a Berlin time just before the spring change as winter time', () => {
		// 2026-03-29: clocks jump from 02:00 CET to 03:00 CEST (01:00 UTC).
		expect(iso(zonedDateTime('2026-03-29', '01:30', 'Europe/Berlin'))).toBe('2026-03-29T00:30:00.000Z');
		expect(iso(zonedDateTime('2026-03-29', '03:30', 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
	});

	it('reads a Berlin time around the autumn change by the rules in force then', () => {
		// 2026-10-25: clocks go back from 03:00 CEST to 02:00 CET (01:00 UTC); 02:30 happens twice.
		expect(iso(zonedDateTime('2026-10-25', '01:30', 'Europe/Berlin'))).toBe('2026-10-24T23:30:00.000Z');
		expect(iso(zonedDateTime('2026-10-25', '02:30', 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
		expect(iso(zonedDateTime('2026-10-25', '03:30', 'Europe/Berlin'))).toBe('2026-10-25T02:30:00.000Z');
	});

	it('gives the wall-clock time of an instant', () => {
		expect(localClock(new Date('2026-03-08T07:30:00Z'), 'America/New_York')).toEqual({ hour: 3, minute: 30 });
		expect(localClock(new Date('2026-03-08T07:30:00Z'), 'Asia/Shanghai')).toEqual({ hour: 15, minute: 30 });
	});
});

describe('calendar days in a zone', () => {
	it('adds a calendar day, not 24 hours, over the spring change', () => {
		// Midnight 2026-03-08 in New York is 05:00 UTC; the next midnight is 04:00 UTC (a 23-hour day).
		const midnight = zonedDateTime('2026-03-08', '00:00', 'America/New_York');
		expect(iso(addDays(midnight, 1, 'America/New_York'))).toBe('2026-03-09T04:00:00.000Z');
	});

	it('adds a calendar day over the autumn change (a 25-hour day)', () => {
		const midnight = zonedDateTime('2026-10-25', '00:00', 'Europe/Berlin');
		expect(iso(addDays(midnight, 1, 'Europe/Berlin'))).toBe('2026-10-25T23:00:00.000Z');
		expect(
			iso(addDays(zonedDateTime('2026-11-01', '18:00', 'America/New_York'), -1, 'America/New_York'))
		).toBe('2026-10-31T22:00:00.000Z');
	});

	it('keeps whole days whole on the days of a change', () => {
		expect(dayBounds('2026-03-08', '2026-03-08', 'America/New_York')).toEqual({
			from: new Date('2026-03-08T05:00:00Z'),
			to: new Date('2026-03-09T04:00:00Z')
		});
		expect(dayBounds('2026-10-25', '2026-10-25', 'Europe/Berlin')).toEqual({
			from: new Date('2026-10-24T22:00:00Z'),
			to: new Date('2026-10-25T23:00:00Z')
		});
	});

	it('finds the start of a day that begins in the other offset', () => {
		expect(iso(startOfDayInZone(new Date('2026-11-01T20:00:00Z'), 'America/New_York'))).toBe(
			'2026-11-01T04:00:00.000Z'
		);
		expect(iso(startOfDayInZone(new Date('2026-03-29T12:00:00Z'), 'Europe/Berlin'))).toBe(
			'2026-03-28T23:00:00.000Z'
		);
	});

	it('finds the start of the month in the zone', () => {
		// 2026-04-01 02:00 UTC is still March 31 in New York.
		expect(iso(startOfMonthInZone(new Date('2026-04-01T02:00:00Z'), 'America/New_York'))).toBe(
			'2026-03-01T05:00:00.000Z'
		);
		expect(iso(startOfMonthInZone(new Date('2026-03-31T20:00:00Z'), 'Asia/Shanghai'))).toBe(
			'2026-03-31T16:00:00.000Z'
		);
	});
});

describe('date-only values', () => {
	it('keeps a date as UTC midnight and reads it back unchanged', () => {
		expect(iso(dateOnly('2026-12-14'))).toBe('2026-12-14T00:00:00.000Z');
		expect(dateOnlyString(dateOnly('2026-12-14'))).toBe('2026-12-14');
	});

	it('adds calendar days across months and a leap day', () => {
		expect(addDateOnlyDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDateOnlyDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDateOnlyDays('2026-03-01', -1)).toBe('2026-02-28');
	});

	it('refuses text that is not a date', () => {
		expect(() => dateOnly('14/12/2026')).toThrow(RangeError);
	});
});

describe('date formats', () => {
	it('makes a format once per locale and options, and a different one for different options', () => {
		const utc = dateTimeFormat('en', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hour12: false });
		expect(dateTimeFormat('en', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hour12: false })).toBe(
			utc
		);
		const shanghai = dateTimeFormat('en', {
			timeZone: 'Asia/Shanghai',
			hour: '2-digit',
			minute: '2-digit',
			hour12: false
		});
		expect(shanghai).not.toBe(utc);
		const at = new Date('2026-03-01T10:30:00Z');
		expect(utc.format(at)).toBe('10:30');
		expect(shanghai.format(at)).toBe('18:30');
	});
});
