// The test suite's first step (tests/preflight.mjs) names what the machine lacks and how to get it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve('tests/preflight.mjs');
const run = (env: Record<string, string>) =>
	spawnSync(process.execPath, [script], { env: { ...process.env, ...env }, encoding: 'utf8' });

describe('npm test preflight', () => {
	it('stops at once, naming a missing Chromium and an unreachable PostgreSQL with the commands that fix them', () => {
		const result = run({
			CHROMIUM_PATH: '/nonexistent/chromium',
			TEST_POSTGRES_URL: 'postgres://postgres@127.0.0.1:1/postgres'
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Chromium (for the e2e tests) is not at /nonexistent/chromium');
		expect(result.stderr).toContain('sudo apt-get install -y chromium');
		expect(result.stderr).toContain('PostgreSQL (for the integration tests) does not answer');
		expect(result.stderr).toContain('pg_ctlcluster');
	});

	it('says nothing of a piece that is there', () => {
		// The running node binary stands in for an executable browser; PostgreSQL is checked on a closed port.
		const result = run({ CHROMIUM_PATH: process.execPath, TEST_POSTGRES_URL: 'postgres://x@127.0.0.1:1/x' });
		expect(result.stderr).not.toContain('Chromium');
		expect(result.stderr).toContain('PostgreSQL');
	});
});
