/**
 * The one place where instants meet calendars. Instants are shown and scheduled in the organization's time
 * zone through @date-fns/tz (IANA rules, daylight saving included); date-only values (a group's start date,
 * a consent date, a follow-up day) are 'YYYY-MM-DD' calendar dates, stored as UTC midnight, that never shift
 * with a zone — neither the organization's nor the server's.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays as addCalendarDaysIn, format, startOfDay, startOfMonth } from 'date-fns';
import { z } from 'zod';
import { dateOnly, dateOnlyString } from './date-format';

// Formatting without the date libraries (what every page needs: src/lib/i18n): in ./date-format.
export * from './date-format';

/**
 * The years any date the app takes may fall in. PostgreSQL and JavaScript disagree at the far ends (year 0,
 * ±275760), and a value stored there cannot be read back; no record of this app's work lies outside.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for an existing calendar date written 'YYYY-MM-DD' (rejects 2026-02-30). */
export function isCalendarDate(date: string): boolean {
	if (!DATE_PATTERN.test(date)) return false;
	const [y, m, d] = date.split('-').map(Number);
	const utc = new Date(Date.UTC(y, m - 1, d));
	return utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
}

const MIN_INSTANT = Date.UTC(MIN_YEAR, 0, 1);
const MAX_INSTANT = Date.UTC(MAX_YEAR + 1, 0, 1) - 1;
export const DATE_OUT_OF_RANGE = 'errors.field.dateOutOfRange';

/** True for a valid Date within the app's years: anything else is not formatted, compared or stored. */
export function isUsableDate(value: unknown): value is Date {
	return value instanceof Date && value.getTime() >= MIN_INSTANT && value.getTime() <= MAX_INSTANT;
}

/**
 * The one schema for an instant in any input: a Date (as the client's transformer sends it) or an ISO string
 * (from a form or a queued offline change), within MIN_YEAR..MAX_YEAR.
 */
export const instantSchema = z.preprocess(
	(value) => (typeof value === 'string' && value.length <= 40 ? new Date(value) : value),
	z.date({ error: 'errors.field.invalid' }).refine(isUsableDate, DATE_OUT_OF_RANGE)
);

/** The one schema for a calendar day 'YYYY-MM-DD' in any input: a date that exists, within MIN_YEAR..MAX_YEAR. */
export const calendarDaySchema = z
	.string()
	.max(10)
	.refine((day) => isCalendarDate(day), 'errors.field.invalid')
	.refine((day) => {
		const year = Number(day.slice(0, 4));
		return year >= MIN_YEAR && year <= MAX_YEAR;
	}, DATE_OUT_OF_RANGE);

/** Minutes that a time zone is ahead of UTC at a given instant (480 for Asia/Shanghai). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
	return tzOffset(timeZone, at);
}

const inZone = (at: Date, timeZone: string) => new TZDate(at.getTime(), timeZone);
const instant = (d: Date) => new Date(d.getTime());

/** The instant at which the calendar day containing `at` begins in the time zone. */
export function startOfDayInZone(at: Date, timeZone: string): Date {
	return instant(startOfDay(inZone(at, timeZone)));
}

/** The instant at which the calendar month containing `at` begins in the time zone. */
export function startOfMonthInZone(at: Date, timeZone: string): Date {
	return instant(startOfMonth(inZone(at, timeZone)));
}

/** The wall-clock date 'YYYY-MM-DD' of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
	return format(inZone(at, timeZone), 'yyyy-MM-dd');
}

/** The wall-clock time of an instant in a time zone. */
export function localClock(at: Date, timeZone: string): { hour: number; minute: number } {
	const local = inZone(at, timeZone);
	return { hour: local.getHours(), minute: local.getMinutes() };
}

/**
 * The instant of a wall-clock date and time ('2026-03-02', '14:30') in a time zone. A time that the spring
 * change skips moves forward by the gap (02:30 → 03:30); a time that the autumn change repeats is its first one.
 */
export function zonedDateTime(date: string, time: string, timeZone: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	const [hh, mm] = time.split(':').map(Number);
	const found = instant(new TZDate(y, m - 1, d, hh, mm, timeZone));
	// The library may pick either reading of a repeated hour; the earlier one is the one people mean.
	const hourBefore = new Date(found.getTime() - 3_600_000);
	const clock = localClock(hourBefore, timeZone);
	const same = localDate(hourBefore, timeZone) === date && clock.hour === hh && clock.minute === mm;
	return same ? hourBefore : found;
}

/** The same wall-clock time `days` calendar days later in the time zone (a DST day has 23 or 25 hours). */
export function addDays(at: Date, days: number, timeZone: string): Date {
	return instant(addCalendarDaysIn(inZone(at, timeZone), days));
}

/** [start of `from`, start of the day after `to`) in the time zone, for whole-day filters ('YYYY-MM-DD'). */
export function dayBounds(from: string, to: string, timeZone: string): { from: Date; to: Date } {
	return {
		from: zonedDateTime(from, '00:00', timeZone),
		to: zonedDateTime(addDateOnlyDays(to, 1), '00:00', timeZone)
	};
}

/** A 'YYYY-MM-DD' calendar date plus whole days. */
export function addDateOnlyDays(date: string, days: number): string {
	const d = dateOnly(date);
	d.setUTCDate(d.getUTCDate() + days);
	return dateOnlyString(d);
}

/** An instant as ISO 8601 with the zone's offset (2026-03-08T03:30:00-04:00): the zone's wall clock, unambiguous. */
export function zonedIso(at: Date, timeZone: string): string {
	if (Number.isNaN(at.getTime())) return '';
	return format(inZone(at, timeZone), "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** An ISO timestamp for exports; empty for a missing or unreadable value. */
export function isoOrEmpty(value: Date | null | undefined): string {
	return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : '';
}
