import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DatabaseKind } from './databases';
import { adminQuery, databaseUrl } from './postgres';

export const ALL_MIGRATIONS = path.resolve('prisma/migrations');

/** An empty database of this kind (no migrations), and how to drop it. */
export async function emptyDatabase(kind: DatabaseKind) {
	if (kind === 'pglite') {
		const pglite = new PGlite();
		const adapter = new PrismaPGlite(pglite);
		return { adapter, close: () => pglite.close() };
	}
	const name = `gw_it_${randomBytes(6).toString('hex')}`;
	await adminQuery(`CREATE DATABASE ${name}`);
	return {
		adapter: new PrismaPg({ connectionString: databaseUrl(name) }) as SqlMigrationAwareDriverAdapterFactory,
		close: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
	};
}

/** A folder with the migrations that came before this one (to build a database as it was), and its removal. */
export function migrationsBefore(migration: string) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-migrations-'));
	for (const name of fs.readdirSync(ALL_MIGRATIONS).filter((n) => n < migration))
		fs.cpSync(path.join(ALL_MIGRATIONS, name), path.join(dir, name), { recursive: true });
	return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
