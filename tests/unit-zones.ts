// Which unit test files `npm test` runs again under other time zones (vite.config.ts, the unit-<zone> projects).
//
// The rule: a test file runs under every zone when it, or any module it imports at run time (followed transitively
// through relative, $lib, $domain and $server imports, .svelte files included), uses the clock or the calendar: the
// Date object, Intl, a method that reads or writes a date in local time (getHours, setDate, toLocale…String and the
// like), the TZ variable, a zod schema that turns strings into dates, or any package (a package may read the zone
// itself, so importing one counts, except the few below that cannot). A file that does none of that cannot see the
// zone.
// Only code that runs counts: TypeScript types (`at: Date`), comments, strings ('Date' as a column title) and
// `import type` are left out, as the compiler leaves them out of the module. A Svelte component's source is searched
// as text, so any mention there counts. What cannot be read (a module not generated yet, an import whose path is
// computed) counts as using time: a file then runs under every zone, never fewer.
// Files are found by reading their source, not by name, so a new test file is placed by the same rule.
// `npx tsx tests/unit-zones.ts` lists them, each with the first use that placed it.
import fs from 'node:fs';
import path from 'node:path';
import { parseSync } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '..');
const ALIASES: Record<string, string> = {
	$lib: 'src/lib',
	$domain: 'src/lib/domain',
	$server: 'src/lib/server'
};
/** Names in running code that reach the clock, the calendar or the zone. */
const TIME_NAMES = new Set([
	'Date',
	'Intl',
	'TZ',
	'getTimezoneOffset',
	'toLocaleString',
	'toLocaleDateString',
	'toLocaleTimeString',
	'toDateString',
	'toTimeString',
	...['FullYear', 'Month', 'Date', 'Day', 'Hours', 'Minutes', 'Seconds'].flatMap((part) => [
		`get${part}`,
		`set${part}`
	])
]);
/** The same uses in the text of a file that is not parsed here (a Svelte component). */
const TIME_TEXT = new RegExp(`\\b(?:${[...TIME_NAMES].join('|')})\\b|\\bcoerce\\s*\\.\\s*date\\b`);
/** Packages that cannot read the zone or the clock for the code under test: the test runner, types, validation, and
 * the development tools that tests run on source text. */
const ZONE_FREE_PACKAGES = new Set([
	'vitest',
	'zod',
	'svelte',
	'@sveltejs/kit',
	'@trpc/server',
	'eslint',
	'typescript'
]);
/** The imports in a file's text (type-only ones too). */
export const TEXT_IMPORT =
	/(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.js', '.svelte.ts', '.svelte.js', '/index.ts', '/index.js'];
/** Keys of the syntax tree under which only TypeScript types are found. */
const TYPE_KEYS = new Set([
	'typeAnnotation',
	'typeArguments',
	'typeParameters',
	'returnType',
	'superTypeArguments',
	'implements'
]);
const TYPE_DECLARATIONS = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSDeclareFunction']);

/** A local import that is not there yet (the Prisma client before it is generated, as during `npm ci`). */
export const UNRESOLVED = Symbol('unresolved');

/** The file that a relative or alias ($lib, $domain, $server) import names; null for a package. */
export function resolve(from: string, specifier: string): string | null | typeof UNRESOLVED {
	let base: string | null = null;
	if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
	else {
		const alias = Object.keys(ALIASES).find((a) => specifier === a || specifier.startsWith(`${a}/`));
		if (alias) base = path.join(ROOT, ALIASES[alias], specifier.slice(alias.length));
	}
	if (base === null) return null;
	for (const ext of EXTENSIONS) {
		const file = base + ext;
		if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
	}
	return UNRESOLVED;
}

const packageOf = (specifier: string) =>
	specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

/** What one file does by itself: its first use of time, if any, and the modules it imports at run time. */
type Scan = { use: string | null; imports: string[] };

type Node = { type?: unknown; [key: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;
const nameOf = (node: unknown) =>
	isNode(node) && node.type === 'Identifier' ? (node.name as string) : undefined;

function scanCode(file: string, source: string): Scan {
	const { program, errors } = parseSync(file, source, { lang: file.endsWith('.js') ? 'js' : 'ts' });
	if (errors.length) return { use: `a syntax error (${errors[0].message})`, imports: [] };
	const scan: Scan = { use: null, imports: [] };
	const visit = (node: unknown): void => {
		if (scan.use || !isNode(node)) return;
		if (Array.isArray(node)) return node.forEach(visit);
		const { type } = node;
		if (typeof type === 'string') {
			if (TYPE_DECLARATIONS.has(type) || (type === 'TSModuleDeclaration' && node.declare)) return;
			if (node.importKind === 'type' || node.exportKind === 'type') return;
			if (/^(?:Import|ExportNamed|ExportAll)Declaration$|^ImportExpression$/.test(type) && node.source) {
				const source = node.source as Node;
				if (source.type === 'Literal' && typeof source.value === 'string') scan.imports.push(source.value);
				else scan.use = 'an import whose path is computed';
			}
			const name = nameOf(node);
			if (name && TIME_NAMES.has(name)) scan.use = name;
			else if (type === 'Literal' && node.value === 'TZ') scan.use = "'TZ'";
			// z.coerce.date() makes a Date of a string, in local time when the string has no offset.
			else if (type === 'MemberExpression' && nameOf(node.property) === 'date') {
				const object = node.object as Node;
				if (object.type === 'MemberExpression' && nameOf(object.property) === 'coerce')
					scan.use = 'coerce.date';
			}
			if (scan.use) return;
		}
		for (const [key, value] of Object.entries(node)) if (!TYPE_KEYS.has(key)) visit(value);
	};
	visit(program);
	return scan;
}

function readAndScan(file: string): Scan {
	const source = fs.readFileSync(file, 'utf8');
	if (/\.[cm]?[jt]s$/.test(file)) return scanCode(file, source);
	return {
		use: source.match(TIME_TEXT)?.[0] ?? null,
		imports: [...source.matchAll(TEXT_IMPORT)].map((match) => match[1] ?? match[2])
	};
}

// Vitest evaluates vite.config.ts again for every project: the scans are kept for the process, and a file is read
// again only once it has changed.
const SCANS = Symbol.for('groupwork.unit-zones.scans');
const scans: Map<string, { stamp: string; scan: Scan }> = ((globalThis as Record<symbol, unknown>)[SCANS] ??=
	new Map()) as Map<string, { stamp: string; scan: Scan }>;

function scanFile(file: string): Scan {
	const { mtimeMs, size } = fs.statSync(file);
	const stamp = `${mtimeMs}:${size}`;
	const known = scans.get(file);
	if (known?.stamp === stamp) return known.scan;
	const scan = readAndScan(file);
	scans.set(file, { stamp, scan });
	return scan;
}

/** The first use of time found in the file or anything it imports (see the rule above), as a readable chain. */
function timeUse(file: string, seen = new Map<string, string | null>()): string | null {
	if (seen.has(file)) return seen.get(file) ?? null;
	seen.set(file, null); // an import cycle adds nothing new
	const here = path.relative(ROOT, file);
	const { use, imports } = scanFile(file);
	let result = use && `${here}: ${use}`;
	for (const specifier of imports) {
		if (result) break;
		if (specifier.startsWith('node:')) continue;
		const target = resolve(file, specifier);
		if (target === UNRESOLVED) result = `${here}: ${specifier}, not there to read`;
		else if (target) {
			const inner = timeUse(target, seen);
			if (inner) result = `${here} -> ${inner}`;
		} else if (
			!specifier.startsWith('$app/') &&
			!specifier.startsWith('$env/') &&
			!ZONE_FREE_PACKAGES.has(packageOf(specifier))
		)
			result = `${here}: package ${specifier}`;
	}
	seen.set(file, result);
	return result;
}

/** Every unit test file, relative to the project root (as vitest's include takes them). */
export function unitTestFiles(dir = path.join(ROOT, 'src')): string[] {
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((entry) => {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) return entry.name === 'generated' ? [] : unitTestFiles(full);
			return entry.name.endsWith('.test.ts') ? [path.relative(ROOT, full)] : [];
		})
		.sort();
}

/** The unit test files that use time, each with the first use found. */
function zoneSensitive(): Map<string, string> {
	const seen = new Map<string, string | null>();
	const found = new Map<string, string>();
	for (const file of unitTestFiles()) {
		const use = timeUse(path.join(ROOT, file), seen);
		if (use) found.set(file, use);
	}
	return found;
}

/** The unit test files (relative to the project root) that use time. */
export const zoneSensitiveTests = (): string[] => [...zoneSensitive().keys()];

if (process.argv[1] === import.meta.filename) {
	const all = unitTestFiles();
	const zoned = zoneSensitive();
	console.log(`${zoned.size} of ${all.length} unit test files use time:`);
	for (const use of zoned.values()) console.log(`  ${use}`);
	console.log(`\nThe ${all.length - zoned.size} others run in UTC only:`);
	for (const file of all.filter((f) => !zoned.has(f))) console.log(`  ${file}`);
}
