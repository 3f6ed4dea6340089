import { databaseTargetFromEnv, migrationsDir } from './config';
import { openDatabase, type DatabaseHandle } from './client';
import { applyMigrations } from './migrate';
import { seedIfEmpty } from './seed';

let ready: Promise<DatabaseHandle> | undefined;

/**
 * The app's database, opened once per process: migrations are applied at start-up (idempotent), and an empty
 * database gets the demo organization unless SEED_DEMO=false.
 */
export function database(): Promise<DatabaseHandle> {
	ready ??= (async () => {
		const handle = await openDatabase(databaseTargetFromEnv());
		await applyMigrations(handle.adapterFactory, migrationsDir());
		if (process.env.SEED_DEMO !== 'false') await seedIfEmpty(handle.prisma);
		return handle;
	})();
	return ready;
}
