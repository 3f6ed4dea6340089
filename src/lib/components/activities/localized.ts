import type { Locale } from '$lib/i18n';

type Bilingual<F extends string> = { [K in `${F}Zh` | `${F}En`]: string };

/** A bilingual field in the reader's language, falling back to the other language when empty. */
export function localized<F extends string>(record: Bilingual<F>, field: F, locale: Locale): string {
	const zh = record[`${field}Zh` as `${F}Zh`];
	const en = record[`${field}En` as `${F}En`];
	return locale === 'en' ? en || zh : zh || en;
}
