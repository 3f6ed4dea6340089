import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

describe('configuration', () => {
	it('has working defaults for an empty environment (embedded PGlite in ./data)', () => {
		const c = parseConfig({});
		expect(c).toMatchObject({
			databaseUrl: undefined,
			dataDir: path.resolve('data'),
			migrationsDir: path.resolve('prisma/migrations'),
			seedDemo: true,
			signInRateLimit: 10,
			pgOptions: '-c jit=off',
			serverTiming: false,
			production: false
		});
	});

	it('sends Server-Timing only when SERVER_TIMING=1, and refuses other values', () => {
		expect(parseConfig({ SERVER_TIMING: '1' }).serverTiming).toBe(true);
		expect(parseConfig({ SERVER_TIMING: '0' }).serverTiming).toBe(false);
		expect(() => parseConfig({ SERVER_TIMING: 'yes' })).toThrow(/SERVER_TIMING="yes": must be 0 or 1/);
	});

	it('treats an empty variable as unset, except PG_OPTIONS where empty means no options', () => {
		const c = parseConfig({ DATABASE_URL: '', DATA_DIR: ' ', ORIGIN: '', PG_OPTIONS: '' });
		expect(c.databaseUrl).toBeUndefined();
		expect(c.dataDir).toBe(path.resolve('data'));
		expect(c.origin).toBeUndefined();
		expect(c.pgOptions).toBe('');
	});

	it('reads each setting', () => {
		const c = parseConfig({
			DATABASE_URL: 'postgres://u@db:5432/gw',
			SEED_DEMO: 'false',
			SIGN_IN_RATE_LIMIT: '25',
			ORIGIN: 'https://groups.example.org',
			NODE_ENV: 'production'
		});
		expect(c).toMatchObject({
			databaseUrl: 'postgres://u@db:5432/gw',
			seedDemo: false,
			signInRateLimit: 25,
			origin: 'https://groups.example.org',
			production: true
		});
	});

	it('refuses wrong values, naming every wrong variable and its value', () => {
		const bad = {
			DATABASE_URL: 'mysql://x',
			SIGN_IN_RATE_LIMIT: 'ten',
			SEED_DEMO: 'no',
			ORIGIN: 'not a url',
			BETTER_AUTH_SECRET: 'short'
		};
		let error: unknown;
		try {
			parseConfig(bad);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ConfigError);
		const problems = (error as ConfigError).problems;
		expect(problems).toHaveLength(5);
		for (const [name, value] of Object.entries(bad)) {
			expect(problems.some((p) => p.startsWith(`${name}="${value}": `))).toBe(true);
		}
		expect(problems.find((p) => p.startsWith('SIGN_IN_RATE_LIMIT'))).toContain('whole number');
	});

	it('refuses a rate limit below one', () => {
		expect(() => parseConfig({ SIGN_IN_RATE_LIMIT: '0' })).toThrow(
			/SIGN_IN_RATE_LIMIT="0": must be at least 1/
		);
	});

	it('stops a start-up script before it touches a database when a setting is wrong', () => {
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'prisma/tools/migrate.ts'], {
			env: { ...process.env, DATABASE_URL: 'mysql://nowhere', DATA_DIR: '' },
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('Invalid configuration');
		expect(run.stderr).toContain('DATABASE_URL="mysql://nowhere": must start with postgres://');
	});
});
