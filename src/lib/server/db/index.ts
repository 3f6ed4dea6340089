import { config } from '../config';
import { databaseTargetFromEnv, migrationsDir } from './config';
import { openDatabase, type DatabaseHandle } from './client';
import { applyMigrations } from './migrate';
import { seedIfEmpty } from './seed';

let ready: Promise<DatabaseHandle> | undefined;

/** What start-up does to a database: apply the migrations not yet applied, and seed an empty one (unless SEED_DEMO=false). */
export async function prepareDatabase(handle: DatabaseHandle) {
	await applyMigrations(handle.adapterFactory, migrationsDir());
	if (config().seedDemo) await seedIfEmpty(handle.prisma);
	return handle;
}

/**
 * The app's database, opened once per process: migrations are applied at start-up (idempotent), and an empty
 * database gets the demo organization unless SEED_DEMO=false.
 */
export function database(): Promise<DatabaseHandle> {
	ready ??= openDatabase(databaseTargetFromEnv()).then(prepareDatabase);
	return ready;
}
