/**
 * Date formatting that needs no date library or schema, so that a module every page loads (src/lib/i18n) stays
 * light; src/lib/domain/dates.ts re-exports all of it, with the time-zone arithmetic and the input schemas.
 */

/** The zone of a new organization and of pages read signed out. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date-only value ('YYYY-MM-DD') as stored: UTC midnight of that calendar date. */
export function dateOnly(date: string): Date {
	const match = DATE_ONLY.exec(date);
	if (!match) throw new RangeError(`not a date: ${date}`);
	return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** The 'YYYY-MM-DD' of a stored date-only value (UTC midnight); read in UTC, so no zone can shift it. */
export function dateOnlyString(value: Date): string {
	if (Number.isNaN(value.getTime())) return '';
	return value.toISOString().slice(0, 10);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * An Intl.DateTimeFormat made once per locale and options and then reused: making one (it loads the locale's
 * and the zone's data) costs far more than formatting with it, and a page formats dozens of dates.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale} ${JSON.stringify(options)}`;
	let formatter = dateTimeFormats.get(key);
	if (!formatter) {
		// Locales and zones are few, but a bound keeps an unexpected variety from growing the map for ever.
		if (dateTimeFormats.size >= 500) dateTimeFormats.clear();
		formatter = new Intl.DateTimeFormat(locale, options);
		dateTimeFormats.set(key, formatter);
	}
	return formatter;
}

/** A date-only value in the reader's language; formatted in UTC, where it is stored, so it never shifts. */
export function formatDateOnly(
	value: Date | string,
	locale: string,
	options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }
): string {
	const date = typeof value === 'string' ? dateOnly(value.slice(0, 10)) : value;
	return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}

/**
 * Formats a date that came from storage: a value that cannot be read back (a poisoned row) shows as `fallback`
 * instead of throwing, so that one bad value never breaks a page or a document.
 */
export function formatStoredDate(
	formatter: { format: (date: Date) => string },
	value: Date | string | null | undefined,
	fallback = '—'
): string {
	const date = typeof value === 'string' ? new Date(value) : value;
	return date instanceof Date && !Number.isNaN(date.getTime()) ? formatter.format(date) : fallback;
}
