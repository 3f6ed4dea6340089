import { sveltekit } from '@sveltejs/kit/vite';
import { i18nMessages } from './src/lib/i18n/vite-plugin.ts';
import tailwindcss from '@tailwindcss/vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { isolatedTests } from './tests/unit-isolation.ts';
import { zoneSensitiveTests } from './tests/unit-zones.ts';

// The unit tests run in the machine's zone (UTC in CI), and those that use the clock or the calendar
// (tests/unit-zones.ts says how they are found) again in a zone west of UTC with daylight saving time and in one east
// of it without: `npm test` runs them all in one vitest process. In each zone, the files that change what other files
// would see (tests/unit-isolation.ts) run each with modules of their own, in the `-isolated` project; the others share
// their worker's modules, so the libraries and the domain are loaded once per worker rather than once per file.
const ZONES = { 'new-york': 'America/New_York', shanghai: 'Asia/Shanghai' };
const isolated = isolatedTests();
const zoned = zoneSensitiveTests();

/** The unit projects of one zone: the files that share their worker's modules, and those that run on their own. */
const unitProjects = (name: string, include: string[], own: string[], env?: { TZ: string }) => {
	const common = { environment: 'node' as const, ...(env && { env }) };
	return [
		{
			extends: true as const,
			test: { ...common, name, include, exclude: [...configDefaults.exclude, ...isolated], isolate: false }
		},
		{
			extends: true as const,
			test: { ...common, name: `${name}-isolated`, include: own }
		}
	];
};

export default defineConfig({
	plugins: [tailwindcss(), i18nMessages(), sveltekit()],
	server: { port: 3000 },
	build: {
		rolldownOptions: {
			// A zod schema is built by calls at module level, which a bundle keeps unless told they have no effect:
			// pages import domain modules for their constants and functions, and drop the schemas they never use.
			treeshake: { manualPureFunctions: ['z'] }
		}
	},
	test: {
		projects: [
			...unitProjects('unit', ['src/**/*.test.ts'], isolated),
			...Object.entries(ZONES).flatMap(([name, TZ]) =>
				unitProjects(
					`unit-${name}`,
					zoned,
					zoned.filter((file) => isolated.includes(file)),
					{ TZ }
				)
			),
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/integration/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// Each file has its own databases (a PGlite copy, a PostgreSQL database from a template), so two
					// files can run at once; more than two only makes them wait on each other on a 2-core machine.
					fileParallelism: true,
					maxWorkers: 2,
					// Files share their worker's module graph instead of importing the app, Prisma and PGlite afresh
					// each: that import was most of a small file's time (measured: 10 files, 207 -> 130 CPU-s). Every
					// file makes its own databases and passes them explicitly, so no state is shared through modules.
					isolate: false
				}
			}
		]
	}
});
