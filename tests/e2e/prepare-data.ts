// npx tsx tests/e2e/prepare-data.ts <dir>: a data directory (DATA_DIR) migrated and seeded exactly as the app does it
// at start-up. run-each.sh prepares one and gives every spec a copy, instead of every spec's server creating,
// migrating and seeding its own (about ten seconds of CPU each). The database goes where the app looks for it in
// DATA_DIR (databaseTargetFromEnv), so that a server started on a copy finds it and does not seed a new one.
import { openDatabase } from '../../src/lib/server/db/client';
import { databaseTargetFromEnv } from '../../src/lib/server/db/config';
import { prepareDatabase } from '../../src/lib/server/db';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: prepare-data.ts <data directory>');
const target = databaseTargetFromEnv({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' });
if (target.kind !== 'pglite') throw new Error('prepare-data.ts prepares a PGlite data directory');
const handle = await prepareDatabase(await openDatabase(target));
await handle.close();
