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

/**
 * A formatter made once per locale and options and then reused: making an Intl formatter (it loads the locale's,
 * and for dates the zone's, data) costs far more than formatting with it, and a page formats dozens of values.
 * Locales and zones are few, but a bound keeps an unexpected variety from growing the map for ever.
 */
function reused<Options, Formatter>(bound: number, make: (locale: string, options: Options) => Formatter) {
	const made = new Map<string, Formatter>();
	return (locale: string, options: Options): Formatter => {
		const key = options === undefined ? locale : `${locale} ${JSON.stringify(options)}`;
		let formatter = made.get(key);
		if (!formatter) {
			if (made.size >= bound) made.clear();
			formatter = make(locale, options);
			made.set(key, formatter);
		}
		return formatter;
	};
}

/** An Intl.DateTimeFormat made once per locale and options (`reused`). */
export const dateTimeFormat = reused(
	500,
	(locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options)
);

/** An Intl.NumberFormat made once per locale and options (`reused`): a report page formats dozens of figures. */
export const numberFormat = reused(
	200,
	(locale, options: Intl.NumberFormatOptions | undefined) => new Intl.NumberFormat(locale, options)
);

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
