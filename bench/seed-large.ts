// npm run bench:seed -- --scale N: migrates, then adds a large organization (scale 1: 200 groups, 3,000
// members, 4,000 sessions, ~50,000 attendance rows, ~20,000 notes, 30,000 measure responses; scale N is N
// times that) to DATABASE_URL, or to PGlite in DATA_DIR (default bench/data).
import path from 'node:path';
import { databaseTargetFromEnv, migrationsDir } from '../src/lib/server/db/config';
import { openDatabase } from '../src/lib/server/db/client';
import { applyMigrations } from '../src/lib/server/db/migrate';
import { seedLibrary } from '../src/lib/server/db/seed';
import { BENCH_PASSWORD, seedLargeOrganization } from './lib/large-org';

function argument(name: string, fallback: string) {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const scale = Number(argument('scale', '1'));
if (!Number.isInteger(scale) || scale < 1 || scale > 100) {
	console.error('--scale must be an integer from 1 to 100');
	process.exit(2);
}
const target = databaseTargetFromEnv({
	...process.env,
	DATA_DIR: process.env.DATA_DIR ?? path.resolve(import.meta.dirname, 'data')
});
const started = performance.now();
const db = await openDatabase(target);
await applyMigrations(db.adapterFactory, migrationsDir());
await seedLibrary(db.prisma);
const org = await seedLargeOrganization(db.prisma, scale);
await db.close();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
	`seeded organization ${org.organizationId} at scale ${scale} into ${target.kind === 'postgres' ? 'PostgreSQL' : target.dataDir} in ${seconds} s`
);
console.table(org.counts);
console.log(
	`sign in with ${[org.signIn.admin, org.signIn.supervisor, ...org.signIn.facilitators].join(', ')} / ${BENCH_PASSWORD}`
);
