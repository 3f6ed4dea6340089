import path from 'node:path';
import { config, parseConfig, type Config } from '../config';

/** Where the data lives: a PostgreSQL server when DATABASE_URL is set, otherwise embedded PGlite on disk. */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

/** The process's database, or the one another environment names (scripts that override DATA_DIR). */
export function databaseTargetFromEnv(env?: Record<string, string | undefined>): DatabaseTarget {
	const settings: Config = env ? parseConfig(env) : config();
	if (settings.databaseUrl) return { kind: 'postgres', url: settings.databaseUrl };
	return { kind: 'pglite', dataDir: path.join(settings.dataDir, 'pglite') };
}

export const migrationsDir = () => config().migrationsDir;
