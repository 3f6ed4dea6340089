// `npm test` starts here: it needs PostgreSQL (integration tests) and Chromium (e2e tests). On a machine without
// either, stop at once with what is missing and the command that installs or starts it, instead of failing minutes
// later in the middle of a suite.
import fs from 'node:fs';
import pg from 'pg';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const postgres = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const missing = [];

try {
	fs.accessSync(chromium, fs.constants.X_OK);
} catch {
	missing.push(
		`Chromium (for the e2e tests) is not at ${chromium}.\n` +
			'  Install it: sudo apt-get install -y chromium chromium-headless-shell fonts-noto-cjk\n' +
			'  or point CHROMIUM_PATH at a Chromium or Chrome executable.'
	);
}

const client = new pg.Client({ connectionString: postgres, connectionTimeoutMillis: 3000 });
try {
	await client.connect();
	await client.query('SELECT 1');
} catch (error) {
	missing.push(
		`PostgreSQL (for the integration tests) does not answer at ${postgres.replace(/:[^:@/]*@/, ':***@')}: ${error instanceof Error ? error.message : String(error)}.\n` +
			'  Start it: sudo pg_ctlcluster "$(ls /etc/postgresql)" main start\n' +
			'  or install it: sudo apt-get install -y postgresql (trust auth for local connections)\n' +
			'  or point TEST_POSTGRES_URL at a server where the user may create databases.'
	);
} finally {
	await client.end().catch(() => {});
}

if (missing.length) {
	console.error(`npm test cannot run on this machine yet:\n\n${missing.join('\n\n')}\n`);
	process.exit(1);
}
