import path from 'node:path';

/** Where the data lives: a PostgreSQL server when DATABASE_URL is set, otherwise embedded PGlite on disk. */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		if (!/^postgres(ql)?:\/\//.test(url))
			throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
		return { kind: 'postgres', url };
	}
	return { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR?.trim() || './data', 'pglite') };
}

export const migrationsDir = () => path.resolve(process.env.MIGRATIONS_DIR ?? 'prisma/migrations');
