// A seeded demo database that can be copied cheaply: the demo is seeded once per test file and kind, then
// every fresh copy is a PGlite loaded from a dump, or a PostgreSQL database cloned from it as a template.
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import { inject } from 'vitest';
import { PrismaClient } from '../../../src/lib/server/db/generated/client';
import { demoWorld } from './callers';
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
		const seeded = new PGlite({ loadDataDir: new Blob([fs.readFileSync(inject('pgliteTemplate'))]) });
		const db = pgliteDatabase(seeded);
		await demoWorld(db.prisma);
		await db.prisma.$disconnect();
		const dump = await seeded.dumpDataDir('none');
		await seeded.close();
		return {
			fresh: async () => pgliteDatabase(new PGlite({ loadDataDir: dump })),
			drop: async () => undefined
		};
	}
	const template = `gw_it_demo_${randomBytes(6).toString('hex')}`;
	await adminQuery(`CREATE DATABASE ${template} TEMPLATE ${inject('postgresTemplate')}`);
	const adapterFactory = new PrismaPg({ connectionString: databaseUrl(template) });
	const prisma = new PrismaClient({ adapter: adapterFactory });
	await demoWorld(prisma);
	await prisma.$disconnect();
	// A template cannot be cloned while anyone is connected to it.
	await adminQuery(
		`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${template}' AND pid <> pg_backend_pid()`
	);
	return {
		fresh: () => postgresDatabase(template),
		drop: () => adminQuery(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`)
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
