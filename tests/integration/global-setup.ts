// Builds migrated template databases once per run, through the same migration path the app uses: for PGlite a
// data directory (loaded into a fresh in-memory PGlite per test file), for PostgreSQL a database (cloned with
// CREATE DATABASE ... TEMPLATE per test file). Each comes empty and with the demo organization already seeded,
// so that test files do not each pay for seeding (password hashing above all).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../src/lib/server/db/migrate';
import { ADMIN_URL, adminQuery, databaseUrl } from './support/postgres';
import { PrismaClient } from '../../src/lib/server/db/generated/client';
import { seedIfEmpty } from '../../src/lib/server/db/seed';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string;
		postgresTemplate: string;
		pgliteSeeded: string;
		postgresSeeded: string;
	}
}

const migrations = path.resolve('prisma/migrations');

export default async function setup(project: TestProject) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-it-'));
	const pglite = new PGlite();
	await applyMigrations(new PrismaPGlite(pglite), migrations);
	const templateFile = path.join(dir, 'template.tar');
	fs.writeFileSync(templateFile, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
	const pglitePrisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
	await seedIfEmpty(pglitePrisma);
	await pglitePrisma.$disconnect();
	const seededFile = path.join(dir, 'seeded.tar');
	fs.writeFileSync(seededFile, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
	await pglite.close();

	const template = `gw_it_template_${process.pid}`;
	await adminQuery(`DROP DATABASE IF EXISTS ${template}`);
	await adminQuery(`CREATE DATABASE ${template}`);
	const adapter = new PrismaPg({ connectionString: databaseUrl(template) });
	await applyMigrations(adapter, migrations);
	// The schema engine's pool must be gone before the template can be cloned.
	const client = new pg.Client({ connectionString: ADMIN_URL });
	await client.connect();
	await client.query(
		`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
		[template]
	);
	const seeded = `gw_it_seeded_${process.pid}`;
	await client.query(`DROP DATABASE IF EXISTS ${seeded}`);
	await client.query(`CREATE DATABASE ${seeded} TEMPLATE ${template}`);
	const postgresPrisma = new PrismaClient({
		adapter: new PrismaPg({ connectionString: databaseUrl(seeded) })
	});
	await seedIfEmpty(postgresPrisma);
	await postgresPrisma.$disconnect();
	await client.query(
		`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
		[seeded]
	);
	await client.end();

	project.provide('pgliteTemplate', templateFile);
	project.provide('postgresTemplate', template);
	project.provide('pgliteSeeded', seededFile);
	project.provide('postgresSeeded', seeded);
	return async () => {
		await adminQuery(`DROP DATABASE IF EXISTS ${seeded} WITH (FORCE)`);
		await adminQuery(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
		fs.rmSync(dir, { recursive: true, force: true });
	};
}
