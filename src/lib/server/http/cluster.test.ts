import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const entry = path.join(import.meta.dirname, 'cluster.js');
const start = (env: Record<string, string>) =>
	spawnSync(process.execPath, [entry], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });

describe('the server entry (WORKERS)', () => {
	it('refuses a count that is not a whole number from 1 to 64, naming the variable', () => {
		for (const value of ['two', '0', '1.5', '65']) {
			const run = start({ WORKERS: value, DATABASE_URL: 'postgres://x@127.0.0.1/none' });
			expect(run.status).toBe(1);
			expect(run.stderr).toContain(`WORKERS="${value}": must be a whole number from 1 to 64`);
		}
	});

	it('refuses several workers on the embedded database, which belongs to one process', () => {
		const run = start({ WORKERS: '2' });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('WORKERS="2": more than one needs DATABASE_URL');
	});
});
