import { sveltekit } from '@sveltejs/kit/vite';
import { i18nMessages } from './src/lib/i18n/vite-plugin.ts';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';
import { zoneSensitiveTests } from './tests/unit-zones.ts';

// The unit tests that use the clock or the calendar (tests/unit-zones.ts says how they are found) run again in a
// zone west of UTC with daylight saving time and in one east of it without: `npm test` runs all three projects in
// one vitest process.
const ZONES = { 'new-york': 'America/New_York', shanghai: 'Asia/Shanghai' };
const zoneProjects = Object.entries(ZONES).map(([name, zone]) => ({
	extends: true as const,
	test: {
		name: `unit-${name}`,
		include: zoneSensitiveTests(),
		environment: 'node' as const,
		env: { TZ: zone }
	}
}));

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
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' }
			},
			...zoneProjects,
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
