// Every page's messages are loaded: walks each page's static import graph (its layouts, error pages, page and the
// components and modules they import under src), collects the message keys it can show (literal keys, and every
// key under a literal or template-literal prefix such as `stage.` or `records.attendance.${status}`), and checks
// that the areas loaded for the route (route-areas.ts) hold them, in the language the page is in.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { areas, type MessageArea } from './messages';
import { ROUTE_AREAS, routeAreas } from './route-areas';
import type { MessageSlice } from './load';

const ROOT = path.resolve('src');
const ROUTES = path.join(ROOT, 'routes');
const MESSAGES = path.join(ROOT, 'lib/i18n/messages');

/** Which areas define each key (the browser gets a key of `errors.` from the `errors` slice). */
const areasOfKey = new Map<string, MessageArea[]>();
for (const [area, module] of Object.entries(areas) as [MessageArea, { zh: object }][])
	for (const key of Object.keys(module.zh)) areasOfKey.set(key, [...(areasOfKey.get(key) ?? []), area]);
const allKeys = [...areasOfKey.keys()];

function resolveImport(from: string, specifier: string): string | null {
	let base: string;
	if (specifier.startsWith('$lib/') || specifier === '$lib')
		base = path.join(ROOT, 'lib', specifier.slice(4));
	else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
	else return null; // a package, $app/*, a virtual module
	for (const candidate of [base, `${base}.ts`, `${base}.js`, path.join(base, 'index.ts')])
		if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
	throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${specifier}`);
}

/** What a file imports at run time (type-only imports ship nothing). */
function importsOf(file: string, source: string): string[] {
	const specifiers: string[] = [];
	for (const match of source.matchAll(
		/(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]/g
	))
		if (!match[1]) specifiers.push(match[2]);
	for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]);
	return specifiers.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null);
}

/** The keys a source can show: literal keys, and all keys under a literal prefix. */
function keysOf(source: string): string[] {
	const found = new Set<string>();
	const addPrefix = (prefix: string) => {
		for (const key of allKeys) if (key.startsWith(prefix)) found.add(key);
	};
	for (const match of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
		const text = match[1] ?? match[2] ?? match[3];
		if (match[3] !== undefined && text.includes('${')) {
			const head = text.slice(0, text.indexOf('${'));
			if (head.includes('.') && /^[\w.-]+$/.test(head)) addPrefix(head);
		} else if (areasOfKey.has(text)) found.add(text);
		else if (text.endsWith('.') && /^[\w.-]+$/.test(text)) addPrefix(text);
	}
	return [...found];
}

const fileKeys = new Map<string, { keys: string[]; imports: string[] }>();
function scan(file: string) {
	let entry = fileKeys.get(file);
	if (!entry) {
		const source = fs.readFileSync(file, 'utf8');
		const serverOnly = /\.server\.ts$|\/lib\/server\//.test(file);
		entry = {
			keys: keysOf(source),
			// A server load's keys reach the page (a form error, an error key), its imports do not.
			imports: serverOnly ? [] : importsOf(file, source).filter((f) => !f.startsWith(MESSAGES))
		};
		fileKeys.set(file, entry);
	}
	return entry;
}

/** The keys a page can show, with the file each key was found in. */
export function pageKeys(routeDir: string): Map<string, string> {
	const roots: string[] = [];
	const dirs = path.relative(ROUTES, routeDir).split(path.sep).filter(Boolean);
	for (let n = 0; n <= dirs.length; n++) {
		const dir = path.join(ROUTES, ...dirs.slice(0, n));
		const names = ['+layout.svelte', '+layout.ts', '+layout.server.ts', '+error.svelte'];
		if (n === dirs.length) names.push('+page.svelte', '+page.ts', '+page.server.ts');
		for (const name of names) if (fs.existsSync(path.join(dir, name))) roots.push(path.join(dir, name));
	}
	const keys = new Map<string, string>();
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const { keys: found, imports } = scan(file);
		for (const key of found) if (!keys.has(key)) keys.set(key, path.relative(ROOT, file));
		imports.forEach(visit);
	};
	roots.forEach(visit);
	return keys;
}

function pageDirs(dir = ROUTES): string[] {
	const entries = fs.readdirSync(dir, { withFileTypes: true });
	return [
		...(entries.some((e) => e.name === '+page.svelte') ? [dir] : []),
		...entries.filter((e) => e.isDirectory()).flatMap((e) => pageDirs(path.join(dir, e.name)))
	];
}

const routeId = (dir: string) =>
	`/${path.relative(ROUTES, dir).split(path.sep).join('/')}`.replace(/\/$/, '') || '/';

/** The areas a page misses: each with a key and the file it was found in. */
function missingAreas(dir: string): Map<MessageSlice, string> {
	const loaded = new Set<MessageSlice>(routeAreas(routeId(dir)));
	const missing = new Map<MessageSlice, string>();
	for (const [key, file] of pageKeys(dir)) {
		// An error message is in the `errors` chunk only (src/lib/i18n/vite-plugin.ts).
		const owners: MessageSlice[] = key.startsWith('errors.') ? ['errors'] : areasOfKey.get(key)!;
		if (!owners.some((area) => loaded.has(area)) && !missing.has(owners[0]))
			missing.set(owners[0], `${key} (${file})`);
	}
	return missing;
}

describe('route message areas', () => {
	const dirs = pageDirs();

	it('finds the pages and their keys', () => {
		expect(dirs.length).toBeGreaterThan(30);
		const planner = pageKeys(path.join(ROUTES, '(app)/groups/[groupId]/sessions/[sessionId]/plan'));
		expect(planner.has('planner.title')).toBe(true);
		expect(planner.has('app.name')).toBe(true); // from the root layout
	});

	it.each(dirs.map((dir) => [routeId(dir), dir]))('%s loads the areas of every key it shows', (_, dir) => {
		const missing = Object.fromEntries(missingAreas(dir));
		expect(missing).toEqual({});
	});

	it('lists only pages that exist, and only areas the page uses', () => {
		for (const [id, slices] of Object.entries(ROUTE_AREAS)) {
			const dir = path.join(ROUTES, ...id.split('/').filter(Boolean));
			expect(fs.existsSync(path.join(dir, '+page.svelte')), id).toBe(true);
			const used = new Set([...pageKeys(dir).keys()].flatMap((key) => areasOfKey.get(key)!));
			for (const slice of slices) expect(used.has(slice as MessageArea), `${id} lists ${slice}`).toBe(true);
		}
	});

	it('has each key in one area', () => {
		const shared = [...areasOfKey].filter(([, owners]) => owners.length > 1);
		expect(shared).toEqual([]);
	});
});

// `PRINT_ROUTE_AREAS=1 npx vitest run --project unit src/lib/i18n/route-areas.test.ts` prints what each page uses.
if (process.env.PRINT_ROUTE_AREAS)
	for (const dir of pageDirs()) {
		const used = new Map<string, string[]>();
		for (const [key, file] of pageKeys(dir))
			if (!key.startsWith('errors.'))
				for (const area of areasOfKey.get(key)!)
					used.set(area, [...(used.get(area) ?? []), `${key} ${file}`]);
		console.log(routeId(dir), JSON.stringify([...used.keys()].sort()));
		if (process.env.PRINT_ROUTE_AREAS === 'keys')
			for (const [area, keys] of used) console.log('   ', area, keys.length, keys.slice(0, 3).join(' | '));
	}
