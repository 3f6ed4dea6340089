import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { PrismaClient } from '../../../src/lib/server/db/generated/client';
import { adminQuery, databaseUrl } from './postgres';

export type DatabaseKind = 'pglite' | 'postgres';
export const DATABASE_KINDS: DatabaseKind[] = ['pglite', 'postgres'];

export interface TestDatabase {
	kind: DatabaseKind;
	prisma: PrismaClient;
	/** The same database for Prisma's schema engine (migrations). */
	adapterFactory: SqlMigrationAwareDriverAdapterFactory;
	/** For tests that need a second client on the same database (PostgreSQL only). */
	url: string | null;
	close(): Promise<void>;
}

/**
 * A fresh, migrated database of the given kind, private to the caller: empty, or with the demo organization
 * (`seeded`, the same data as `seedDemo`, see demoWorld).
 */
export async function createTestDatabase(
	kind: DatabaseKind,
	options: { seeded?: boolean } = {}
): Promise<TestDatabase> {
	if (kind === 'pglite') {
		const dump = fs.readFileSync(inject(options.seeded ? 'pgliteSeeded' : 'pgliteTemplate'));
		const pglite = new PGlite({ loadDataDir: new Blob([dump]) });
		const adapterFactory = new PrismaPGlite(pglite);
		const prisma = new PrismaClient({ adapter: adapterFactory });
		return {
			kind,
			prisma,
			adapterFactory,
			url: null,
			async close() {
				await prisma.$disconnect();
				await pglite.close();
			}
		};
	}
	const name = `gw_it_${randomBytes(6).toString('hex')}`;
	await adminQuery(
		`CREATE DATABASE ${name} TEMPLATE ${inject(options.seeded ? 'postgresSeeded' : 'postgresTemplate')}`
	);
	const url = databaseUrl(name);
	const adapterFactory = new PrismaPg({ connectionString: url });
	const prisma = new PrismaClient({ adapter: adapterFactory });
	return {
		kind,
		prisma,
		adapterFactory,
		url,
		async close() {
			await prisma.$disconnect();
			await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		}
	};
}

/**
 * Runs the same suite on PGlite and on PostgreSQL, each with its own fresh database holding the demo organization.
 * `setup` runs once per database (seed what the suite needs); the suite reads it through `get()`.
 */
export function onEachDatabase<T>(
	title: string,
	setup: (db: TestDatabase) => Promise<T>,
	suite: (get: () => T & { db: TestDatabase }) => void
) {
	describe.each(DATABASE_KINDS)(`${title} (%s)`, (kind) => {
		let state: (T & { db: TestDatabase }) | undefined;
		beforeAll(async () => {
			const db = await createTestDatabase(kind, { seeded: true });
			state = { ...(await setup(db)), db };
		});
		afterAll(async () => {
			await state?.db.close();
		});
		suite(() => {
			if (!state) throw new Error('database not ready');
			return state;
		});
	});
}
