// Splits the message areas (src/lib/i18n/messages/<area>.ts, each exporting `zh` and `en`) into one chunk per area
// and locale, so that a page downloads only its own language's messages of its own areas. The area files stay the
// one source: `virtual:i18n/<locale>/<area>` is built from them at build (and dev) time, and
// `virtual:i18n-loaders` maps each locale and area to a dynamic import of it (see src/lib/i18n/load.ts).
// The slice `errors` is every area's `errors.*` keys (and an area's chunk has none): error codes come from the server,
// so any page may show one, and the shell loads them (src/lib/i18n/route-areas.ts).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { Plugin } from 'vite';

const LOADERS = 'virtual:i18n-loaders';
const MODULE = 'virtual:i18n/';
const LOCALES = { 'zh-CN': 'zh', en: 'en' } as const;
export const ERRORS_SLICE = 'errors';

type Locale = keyof typeof LOCALES;

export function messageAreas(dir: string): string[] {
	return fs
		.readdirSync(dir)
		.filter((file) => file.endsWith('.ts') && file !== 'index.ts' && !file.endsWith('.test.ts'))
		.map((file) => file.slice(0, -'.ts'.length))
		.sort();
}

/** An area file's exports, evaluated (the files hold plain objects and type-only imports). */
async function evaluate(file: string): Promise<Record<string, Record<string, string>>> {
	const source = fs.readFileSync(file, 'utf8');
	const { outputText } = ts.transpileModule(source, {
		compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
		fileName: file
	});
	// A fresh URL per read, so that a changed file is read again in dev.
	const url = `data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}#${pathToFileURL(file)}`;
	return (await import(/* @vite-ignore */ url)) as Record<string, Record<string, string>>;
}

/** One locale's messages of one slice (an area, or the errors of every area). */
export async function sliceMessages(
	dir: string,
	locale: Locale,
	slice: string
): Promise<Record<string, string>> {
	const areas = slice === ERRORS_SLICE ? messageAreas(dir) : [slice];
	const result: Record<string, string> = {};
	for (const area of areas) {
		const messages = (await evaluate(path.join(dir, `${area}.ts`)))[LOCALES[locale]];
		if (!messages) throw new Error(`i18n: ${area}.ts has no "${LOCALES[locale]}" export`);
		for (const [key, text] of Object.entries(messages))
			if ((slice === ERRORS_SLICE) === key.startsWith('errors.')) result[key] = text;
	}
	return result;
}

export function i18nMessages(dir = path.resolve('src/lib/i18n/messages')): Plugin {
	return {
		name: 'i18n-messages',
		resolveId(id) {
			if (id === LOADERS || id.startsWith(MODULE)) return `\0${id}`;
		},
		async load(id) {
			if (id === `\0${LOADERS}`) {
				const slices = [...messageAreas(dir), ERRORS_SLICE];
				const perLocale = Object.keys(LOCALES).map(
					(locale) =>
						`${JSON.stringify(locale)}: {\n${slices
							.map(
								(slice) =>
									`\t${JSON.stringify(slice)}: () => import(${JSON.stringify(`${MODULE}${locale}/${slice}`)})`
							)
							.join(',\n')}\n}`
				);
				return `export default {\n${perLocale.join(',\n')}\n};\n`;
			}
			if (id.startsWith(`\0${MODULE}`)) {
				const [locale, slice] = id.slice(`\0${MODULE}`.length).split('/');
				if (!(locale in LOCALES) || !(slice === ERRORS_SLICE || messageAreas(dir).includes(slice)))
					throw new Error(`i18n: unknown message module ${id.slice(1)}`);
				for (const area of slice === ERRORS_SLICE ? messageAreas(dir) : [slice])
					this.addWatchFile(path.join(dir, `${area}.ts`));
				const messages = await sliceMessages(dir, locale as Locale, slice);
				return `export default ${JSON.stringify(messages)};\n`;
			}
		},
		handleHotUpdate({ file, server }) {
			if (path.dirname(file) !== dir) return;
			for (const module of server.moduleGraph.idToModuleMap.values())
				if (module.id?.startsWith(`\0${MODULE}`)) server.moduleGraph.invalidateModule(module);
			server.ws.send({ type: 'full-reload' });
		}
	};
}
