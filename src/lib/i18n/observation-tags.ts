import { isObservationTag, OBSERVATION_TAGS, type ObservationTag } from '../domain/vocabularies';
import { translate } from './index';
import { LOCALES, type Locale } from './types';

/** An observation tag in the reader's language: a vocabulary key translated, a person's own tag as written. */
export function observationTagLabel(locale: Locale, tag: string): string {
	return isObservationTag(tag) ? translate(locale, `observationTag.${tag}`) : tag;
}

// Built on first use, not at import: in the browser the messages arrive after the modules are loaded.
let keyByLabel: Map<string, ObservationTag> | undefined;
const labelKeys = () =>
	(keyByLabel ??= new Map(
		OBSERVATION_TAGS.flatMap((key) =>
			LOCALES.map((locale) => [translate(locale, `observationTag.${key}`).toLocaleLowerCase(), key] as const)
		)
	));

/**
 * What is stored for a tag as typed or tapped: the vocabulary key when it is a key or a suggested tag's label in
 * either language (so "同伴关系" and "peer relations" are one tag), otherwise the text as written.
 */
export function observationTagKey(text: string): string {
	const tag = text.trim();
	if (isObservationTag(tag)) return tag;
	return labelKeys().get(tag.toLocaleLowerCase()) ?? tag;
}

/** Stored tags for a list as typed: keys where known, each once, in the order given. */
export function observationTagKeys(texts: readonly string[]): string[] {
	return [...new Set(texts.map(observationTagKey).filter(Boolean))];
}
