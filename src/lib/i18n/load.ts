import { BROWSER } from 'esm-env';
import loaders from 'virtual:i18n-loaders';
import { addMessages } from './index';
import type { MessageArea } from './messages';
import type { Locale } from './types';

/** A slice of messages the browser can load: an area (messages/<area>.ts) or every area's `errors.*` keys. */
export type MessageSlice = MessageArea | 'errors';

const loading = new Map<string, Promise<void>>();

/**
 * Loads one language's messages of the given areas into the browser's catalog (each once; a no-op on the server,
 * which holds them all). Awaited in load functions, so that `t` stays synchronous in components.
 */
export async function loadMessages(locale: Locale, slices: readonly MessageSlice[]): Promise<void> {
	if (!BROWSER) return;
	await Promise.all(
		slices.map((slice) => {
			const id = `${locale}/${slice}`;
			let promise = loading.get(id);
			if (!promise) {
				promise = loaders[locale][slice]().then(
					(module) => addMessages(locale, module.default),
					(error: unknown) => {
						loading.delete(id); // a failed download (offline) is tried again on the next navigation
						throw error;
					}
				);
				loading.set(id, promise);
			}
			return promise;
		})
	);
}
