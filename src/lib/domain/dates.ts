import { z } from 'zod';
import { isCalendarDate } from './group-schedule';

/**
 * The years any date the app takes may fall in. PostgreSQL and JavaScript disagree at the far ends (year 0,
 * ±275760), and a value stored there cannot be read back; no record of this app's work lies outside.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
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
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(at);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second')
	);
	return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant at which the calendar day containing `at` begins in the time zone. */
export function startOfDayInZone(at: Date, timeZone: string): Date {
	const offset = zoneOffsetMinutes(timeZone, at);
	const local = new Date(at.getTime() + offset * 60_000);
	const midnightAsUtc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
	return new Date(
		midnightAsUtc - zoneOffsetMinutes(timeZone, new Date(midnightAsUtc - offset * 60_000)) * 60_000
	);
}

/** The wall-clock date 'YYYY-MM-DD' of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
	return new Date(at.getTime() + zoneOffsetMinutes(timeZone, at) * 60_000).toISOString().slice(0, 10);
}

/** The instant of a wall-clock date and time ('2026-03-02', '14:30') in a time zone. */
export function zonedDateTime(date: string, time: string, timeZone: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	const [hh, mm] = time.split(':').map(Number);
	const guess = Date.UTC(y, m - 1, d, hh, mm);
	const offset = zoneOffsetMinutes(timeZone, new Date(guess));
	return new Date(guess - offset * 60_000);
}

export function addDays(at: Date, days: number): Date {
	return new Date(at.getTime() + days * 86_400_000);
}

/**
 * Formats a date that came from storage: a value that cannot be read back (a poisoned row) shows as `fallback`
 * instead of throwing, so that one bad value never breaks a page or a document.
 */
export function formatStoredDate(
	format: Intl.DateTimeFormat,
	value: Date | string | null | undefined,
	fallback = '—'
): string {
	const date = typeof value === 'string' ? new Date(value) : value;
	return date instanceof Date && !Number.isNaN(date.getTime()) ? format.format(date) : fallback;
}

/** An ISO timestamp for exports; empty for a missing or unreadable value. */
export function isoOrEmpty(value: Date | null | undefined): string {
	return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : '';
}
