import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { config } from '../config';
import { PrismaClient } from './generated/client';
import type { DatabaseTarget } from './config';

export type Db = PrismaClient;

export interface DatabaseHandle {
	prisma: PrismaClient;
	/** The same database, for the schema engine that applies migrations. */
	adapterFactory: SqlMigrationAwareDriverAdapterFactory;
	target: DatabaseTarget;
	close(): Promise<void>;
}

/** The only place that creates a Prisma client. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
	if (target.kind === 'postgres') {
		const adapterFactory = new PrismaPg({
			connectionString: target.url,
			max: 10,
			// PostgreSQL's JIT compiles the supervisor's aggregates for hundreds of milliseconds before running them
			// in tens; the app's queries are short, so it is off for our connections unless PG_OPTIONS says otherwise
			// (set PG_OPTIONS= empty for a connection pooler that refuses startup options).
			options: config().pgOptions
		});
		const prisma = new PrismaClient({ adapter: adapterFactory });
		return { prisma, adapterFactory, target, close: () => prisma.$disconnect() };
	}
	fs.mkdirSync(target.dataDir, { recursive: true });
	const pglite = new PGlite(target.dataDir);
	await pglite.waitReady;
	const adapterFactory = new PrismaPGlite(pglite);
	const prisma = new PrismaClient({ adapter: adapterFactory });
	return {
		prisma,
		adapterFactory,
		target,
		async close() {
			await prisma.$disconnect();
			await pglite.close();
		}
	};
}
