// npm run db:migrate: applies pending migrations to DATABASE_URL, or to PGlite under DATA_DIR.
import { databaseTargetFromEnv, migrationsDir } from '../../src/lib/server/db/config';
import { openDatabase } from '../../src/lib/server/db/client';
import { applyMigrations } from '../../src/lib/server/db/migrate';

const db = await openDatabase(databaseTargetFromEnv());
const applied = await applyMigrations(db.adapterFactory, migrationsDir());
console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
await db.close();
