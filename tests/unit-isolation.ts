// Which unit test files get a module graph of their own (vite.config.ts, the unit…-isolated projects).
//
// Most unit test files only call functions and build objects: they share their worker with the files before them
// (vitest's `isolate: false`), so zod, Svelte and the domain modules are loaded once per worker instead of once per
// file, which was most of the unit phase's time. A file runs alone, with fresh modules and globals, when it or a test
// helper it imports (a local module that imports vitest) changes what another file would see: it replaces a module
// (vi.mock, vi.doMock, vi.resetModules), a global or the environment (vi.stubGlobal, vi.stubEnv, assigning to
// globalThis or process.env, listening on process), an object's method (vi.spyOn), or the clock (vi.useFakeTimers,
// vi.setSystemTime). Its own clean-up in afterEach is not relied upon: a failing test must not break the next file.
// Files are found by reading their source, so a new test file is placed by the same rule.
// `npx tsx tests/unit-isolation.ts` lists them.
import fs from 'node:fs';
import path from 'node:path';
import { resolve, ROOT, TEXT_IMPORT, unitTestFiles } from './unit-zones.ts';

const SHARED_STATE =
	/\bvi\s*\.\s*(?:mock|doMock|unmock|doUnmock|resetModules|stubGlobal|stubEnv|spyOn|useFakeTimers|setSystemTime)\b|\b(?:globalThis|process\.env)(?:\.\w+|\[[^\]]+\])\s*=(?!=)|\bprocess\s*\.\s*(?:on|once|addListener)\s*\(/;
const IMPORTS_VITEST = /from\s+['"]vitest['"]/;

/** The first change of shared state found in the file or the test helpers it imports, as a readable chain. */
function sharedStateChange(file: string, seen = new Set<string>()): string | null {
	if (seen.has(file)) return null;
	seen.add(file);
	const source = fs.readFileSync(file, 'utf8');
	const here = path.relative(ROOT, file);
	if (!file.endsWith('.test.ts') && !IMPORTS_VITEST.test(source)) return null;
	const change = source.match(SHARED_STATE)?.[0];
	if (change) return `${here}: ${change}`;
	for (const match of source.matchAll(TEXT_IMPORT)) {
		const target = resolve(file, match[1] ?? match[2]);
		const inner = typeof target === 'string' ? sharedStateChange(target, seen) : null;
		if (inner) return `${here} -> ${inner}`;
	}
	return null;
}

function ownGraph(): Map<string, string> {
	const found = new Map<string, string>();
	for (const file of unitTestFiles()) {
		const change = sharedStateChange(path.join(ROOT, file));
		if (change) found.set(file, change);
	}
	return found;
}

/** The unit test files (relative to the project root) that run with modules and globals of their own. */
export const isolatedTests = (): string[] => [...ownGraph().keys()];

if (process.argv[1] === import.meta.filename) {
	const own = ownGraph();
	console.log(`${own.size} of ${unitTestFiles().length} unit test files run with modules of their own:`);
	for (const change of own.values()) console.log(`  ${change}`);
}
