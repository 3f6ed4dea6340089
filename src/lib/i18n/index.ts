import { getContext, setContext } from 'svelte';
import { BROWSER, DEV } from 'esm-env';
import { allMessages, type MessageKey } from './messages';
import {
	DEFAULT_TIME_ZONE,
	dateTimeFormat,
	formatDateOnly,
	formatStoredDate,
	numberFormat
} from '../domain/date-format';
import { DEFAULT_LOCALE, type Locale } from './types';

export { LOCALES, DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from './types';
export type { MessageKey };

type Params = Record<string, string | number>;

type Catalog = Record<Locale, Partial<Record<string, string>>>;

/**
 * The messages `translate` reads. The server holds every message of both languages (server rendering, documents,
 * exports); in the browser it starts empty and load functions add the areas a route uses in its language
 * (`loadMessages` in ./load.ts, areas per route in ./route-areas.ts), so a page ships only those. The client build
 * drops the `allMessages` import: `BROWSER` is a constant there.
 */
const catalog: Catalog = BROWSER ? { 'zh-CN': {}, en: {} } : allMessages();

/** Adds loaded messages to the browser's catalog (see ./load.ts). */
export function addMessages(locale: Locale, entries: Record<string, string>) {
	Object.assign(catalog[locale], entries);
}

/** Whether a key has a message (in the browser: among the areas loaded so far). */
export function isMessageKey(key: string): key is MessageKey {
	return key in catalog[DEFAULT_LOCALE] || key in catalog.en;
}

const reported = new Set<string>();

function missing(locale: Locale, key: string): string {
	if (DEV && !reported.has(`${locale}:${key}`)) {
		reported.add(`${locale}:${key}`);
		console.error(
			`[i18n] MISSING MESSAGE "${key}" (${locale}): the page shows the raw key. Add the key's area to the route's ` +
				`areas in src/lib/i18n/route-areas.ts (route-areas.test.ts finds which).`
		);
	}
	return key;
}

/** Translates a key; `{name}` placeholders take their values from params. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
	const text: string = catalog[locale][key] ?? catalog[DEFAULT_LOCALE][key] ?? missing(locale, key);
	return params
		? text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match))
		: text;
}

/** A group theme's name: a built-in key translated, an organization's own theme as it was written. */
export function themeName(locale: Locale, theme: string): string {
	const key = `theme.${theme}`;
	return isMessageKey(key) ? translate(locale, key) : theme;
}

export interface I18n {
	locale: Locale;
	t: (key: MessageKey, params?: Params) => string;
	/** Translates a key that came from elsewhere (an error code from the server), with a fallback key. */
	tKey: (key: string, fallback: MessageKey, params?: Params) => string;
	/** A group theme's name (see `themeName`). */
	theme: (theme: string) => string;
	date: (value: Date | string, options?: Intl.DateTimeFormatOptions) => string;
	/** A date-only value (a start, consent or follow-up date): the same calendar date in every zone. */
	day: (value: Date | string) => string;
	dateTime: (value: Date | string) => string;
	time: (value: Date | string) => string;
	weekday: (day: number) => string;
	number: (value: number, options?: Intl.NumberFormatOptions) => string;
	percent: (value: number) => string;
}

const DAY_OPTIONS: Intl.DateTimeFormatOptions = {
	year: 'numeric',
	month: 'short',
	day: 'numeric',
	weekday: 'short'
};

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };

export function createI18n(locale: Locale, timeZone = DEFAULT_TIME_ZONE): I18n {
	const fmt = (options: Intl.DateTimeFormatOptions) => dateTimeFormat(locale, { timeZone, ...options });
	const dateFmt = fmt({ year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' });
	const dateTimeFmt = fmt({
		month: 'short',
		day: 'numeric',
		weekday: 'short',
		hour: '2-digit',
		minute: '2-digit'
	});
	const timeFmt = fmt({ hour: '2-digit', minute: '2-digit', hour12: false });
	// 2023-01-01 was a Sunday: day 0 is Sunday, as in Date.getDay().
	const weekdayFmt = dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
	const t = (key: MessageKey, params?: Params) => translate(locale, key, params);
	return {
		locale,
		t,
		tKey: (key, fallback, params) => (isMessageKey(key) ? t(key, params) : t(fallback, params)),
		theme: (theme) => themeName(locale, theme),
		date: (value, options) => formatStoredDate(options ? fmt(options) : dateFmt, value),
		day: (value) =>
			formatStoredDate({ format: (date: Date) => formatDateOnly(date, locale, DAY_OPTIONS) }, value),
		dateTime: (value) => formatStoredDate(dateTimeFmt, value),
		time: (value) => formatStoredDate(timeFmt, value),
		weekday: (day) => weekdayFmt.format(new Date(Date.UTC(2023, 0, 1 + day))),
		number: (value, options) => numberFormat(locale, options).format(value),
		percent: (value) => numberFormat(locale, PERCENT).format(value)
	};
}

const KEY = Symbol('i18n');

export function setI18n(get: () => I18n) {
	setContext(KEY, get);
}

/** The current locale's translator; call inside a component. Reading `.t` in markup follows language changes. */
export function useI18n(): I18n {
	const get = getContext<() => I18n>(KEY);
	return new Proxy({} as I18n, { get: (_, prop) => get()[prop as keyof I18n] });
}
