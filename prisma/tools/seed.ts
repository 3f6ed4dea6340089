// npm run db:seed: migrates, then adds the demo organization to an empty database (DATABASE_URL or PGlite).
import { databaseTargetFromEnv, migrationsDir } from '../../src/lib/server/db/config';
import { openDatabase } from '../../src/lib/server/db/client';
import { applyMigrations } from '../../src/lib/server/db/migrate';
import { seedIfEmpty } from '../../src/lib/server/db/seed';

const db = await openDatabase(databaseTargetFromEnv());
await applyMigrations(db.adapterFactory, migrationsDir());
console.log(
	(await seedIfEmpty(db.prisma)) ? 'seeded the demo organization' : 'database already has data: left as it is'
);
await db.close();
