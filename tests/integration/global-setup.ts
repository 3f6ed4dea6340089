// Builds two migrated template databases once per run, through the same migration path the app uses:
// a PGlite data directory (copied into a fresh in-memory PGlite per test file) and a PostgreSQL database
// (cloned with CREATE DATABASE ... TEMPLATE per test file).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../src/lib/server/db/migrate';
import { ADMIN_URL, adminQuery } from './support/postgres';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string;
		postgresTemplate: string;
	}
}

const migrations = path.resolve('prisma/migrations');

export default async function setup(project: TestProject) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-it-'));
	const pglite = new PGlite();
	await applyMigrations(new PrismaPGlite(pglite), migrations);
	const dump = await pglite.dumpDataDir('none');
	const templateFile = path.join(dir, 'template.tar');
	fs.writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
	await pglite.close();

	const template = `gw_it_template_${process.pid}`;
	await adminQuery(`DROP DATABASE IF EXISTS ${template}`);
	await adminQuery(`CREATE DATABASE ${template}`);
	const adapter = new PrismaPg({ connectionString: ADMIN_URL.replace(/\/[^/]*$/, `/${template}`) });
	await applyMigrations(adapter, migrations);
	// The schema engine's pool must be gone before the template can be cloned.
	const client = new pg.Client({ connectionString: ADMIN_URL });
	await client.connect();
	await client.query(
		`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
		[template]
	);
	await client.end();

	project.provide('pgliteTemplate', templateFile);
	project.provide('postgresTemplate', template);
	return async () => {
		await adminQuery(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
		fs.rmSync(dir, { recursive: true, force: true });
	};
}
