// Which unit test files `npm test` runs again under other time zones (vite.config.ts, project unit-zones).
//
// The rule: a test file runs under every zone when it, or any module it imports (followed transitively through
// relative, $lib, $domain and $server imports, .svelte files included), uses the clock or the calendar: the Date
// object, Intl, toLocale…String, date-fns or @date-fns/tz, or any other package (a package may read the zone itself,
// so importing one counts, except the few below that cannot). A file that does none of that cannot see the zone.
// Files are found by reading their source, not by name, so a new test file is placed by the same rule.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const ALIASES: Record<string, string> = {
	$lib: 'src/lib',
	$domain: 'src/lib/domain',
	$server: 'src/lib/server'
};
/** Uses of the clock, the calendar or the zone in source text. */
const TIME_API =
	/\bDate\b|\bIntl\b|toLocale(?:Date|Time)?String|getTimezoneOffset|\bTZ\b|from\s+['"](?:date-fns|@date-fns\/tz)/;
/** Packages that cannot read the zone or the clock for the code under test (the test runner, types, validation). */
const ZONE_FREE_PACKAGES = new Set(['vitest', 'zod', 'svelte', '@sveltejs/kit', '@trpc/server']);
const IMPORT =
	/(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.js', '.svelte.ts', '.svelte.js', '/index.ts', '/index.js'];

/** A local import that is not there yet (the Prisma client before it is generated, as during `npm ci`). */
const UNRESOLVED = Symbol('unresolved');

function resolve(from: string, specifier: string): string | null | typeof UNRESOLVED {
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

/** Whether the file or anything it imports uses time (see the rule above). */
function usesTime(file: string, seen = new Map<string, boolean>()): boolean {
	const known = seen.get(file);
	if (known !== undefined) return known;
	seen.set(file, false); // an import cycle adds nothing new
	const source = fs.readFileSync(file, 'utf8');
	let result = TIME_API.test(source);
	for (const match of source.matchAll(IMPORT)) {
		if (result) break;
		const specifier = match[1] ?? match[2];
		if (specifier.startsWith('type:') || specifier.startsWith('node:')) continue;
		const target = resolve(file, specifier);
		// What cannot be read is taken to use time: the file then runs under every zone, never fewer.
		if (target === UNRESOLVED) result = true;
		else if (target) result = usesTime(target, seen);
		else if (!specifier.startsWith('$app/') && !specifier.startsWith('$env/'))
			result = !ZONE_FREE_PACKAGES.has(packageOf(specifier));
	}
	seen.set(file, result);
	return result;
}

function testFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'generated' ? [] : testFiles(full);
		return entry.name.endsWith('.test.ts') ? [full] : [];
	});
}

/** The unit test files (relative to the project root, as vitest's include takes them) that use time. */
export function zoneSensitiveTests(): string[] {
	const seen = new Map<string, boolean>();
	return testFiles(path.join(ROOT, 'src'))
		.filter((file) => usesTime(file, seen))
		.map((file) => path.relative(ROOT, file))
		.sort();
}

if (process.argv[1] === import.meta.filename) {
	const all = testFiles(path.join(ROOT, 'src')).length;
	const zoned = zoneSensitiveTests();
	console.log(`${zoned.length} of ${all} unit test files use time:\n${zoned.join('\n')}`);
}
