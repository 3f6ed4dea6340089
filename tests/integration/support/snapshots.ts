// A demo database that can be copied cheaply, taken from the run's seeded template (global-setup.ts), so that
// nobody seeds or hashes passwords again: every fresh copy is a PGlite loaded from the template's dump, or a
// PostgreSQL database cloned from the template.
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import { inject } from 'vitest';
import { PrismaClient } from '../../../src/lib/server/db/generated/client';
import type { DatabaseKind, TestDatabase } from './databases';
import { adminQuery, databaseUrl } from './postgres';

export interface DemoSnapshot {
	/** A fresh copy of the seeded demo, private to the caller. */
	fresh(): Promise<TestDatabase>;
	drop(): Promise<void>;
}

function pgliteDatabase(pglite: PGlite): TestDatabase {
	const adapterFactory = new PrismaPGlite(pglite);
	const prisma = new PrismaClient({ adapter: adapterFactory });
	return {
		kind: 'pglite',
		prisma,
		adapterFactory,
		url: null,
		async close() {
			await prisma.$disconnect();
			await pglite.close();
		}
	};
}

async function postgresDatabase(template: string): Promise<TestDatabase> {
	const name = `gw_it_${randomBytes(6).toString('hex')}`;
	await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
	const url = databaseUrl(name);
	const adapterFactory = new PrismaPg({ connectionString: url });
	const prisma = new PrismaClient({ adapter: adapterFactory });
	return {
		kind: 'postgres',
		prisma,
		adapterFactory,
		url,
		async close() {
			await prisma.$disconnect();
			await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		}
	};
}

export async function demoSnapshot(kind: DatabaseKind): Promise<DemoSnapshot> {
	if (kind === 'pglite') {
		const dump = new Blob([fs.readFileSync(inject('pgliteSeeded'))]);
		return {
			fresh: async () => pgliteDatabase(new PGlite({ loadDataDir: dump })),
			drop: async () => undefined
		};
	}
	// The run's seeded template is never written to, so copies are cloned from it directly.
	return {
		fresh: () => postgresDatabase(inject('postgresSeeded')),
		drop: async () => undefined
	};
}

/** The demo's people and groups in a copy (ids are the same in every copy of one snapshot). */
export async function demoIds(prisma: PrismaClient) {
	const user = async (email: string) => (await prisma.user.findFirstOrThrow({ where: { email } })).id;
	const groups = await prisma.group.findMany({ where: { theme: { in: ['TEEN_EMOTION', 'ELDER_SOCIAL'] } } });
	return {
		users: {
			admin: await user('admin@demo.org'),
			supervisor: await user('supervisor@demo.org'),
			facilitator: await user('facilitator@demo.org'),
			coleader: await user('coleader@demo.org')
		},
		otherAdminId: await user('admin@other.org'),
		teen: groups.find((g) => g.theme === 'TEEN_EMOTION')!,
		elder: groups.find((g) => g.theme === 'ELDER_SOCIAL')!
	};
}
