// The browser's message chunks (src/lib/i18n/vite-plugin.ts) say what the area files say, one language each.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRORS_SLICE, messageAreas, sliceMessages } from './vite-plugin';
import { allMessages, areas } from './messages';
import { LOCALES } from './types';

const DIR = path.resolve('src/lib/i18n/messages');

describe('per-locale message chunks', () => {
	it('has a chunk for every area file', () => {
		expect(messageAreas(DIR)).toEqual(Object.keys(areas).sort());
	});

	const withoutErrors = (messages: object) =>
		Object.fromEntries(Object.entries(messages).filter(([key]) => !key.startsWith('errors.')));

	it.each(Object.keys(areas))('%s: each chunk holds exactly its language, errors aside', async (area) => {
		const module = areas[area as keyof typeof areas];
		expect(await sliceMessages(DIR, 'zh-CN', area)).toEqual(withoutErrors(module.zh));
		expect(await sliceMessages(DIR, 'en', area)).toEqual(withoutErrors(module.en));
	});

	it('the errors chunk holds every error message, in one language', async () => {
		for (const locale of LOCALES) {
			const all = allMessages()[locale] as Record<string, string>;
			const errors = Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('errors.')));
			expect(Object.keys(errors).length).toBeGreaterThan(40);
			expect(await sliceMessages(DIR, locale, ERRORS_SLICE)).toEqual(errors);
		}
	});
});
