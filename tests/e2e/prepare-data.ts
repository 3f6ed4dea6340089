// npx tsx tests/e2e/prepare-data.ts <dir>: a PGlite data directory migrated and seeded exactly as the app does it at
// start-up. run-each.sh prepares one and gives every spec a copy, instead of every spec's server creating,
// migrating and seeding its own (about ten seconds each).
import { openDatabase } from '../../src/lib/server/db/client';
import { prepareDatabase } from '../../src/lib/server/db';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: prepare-data.ts <data directory>');
const handle = await prepareDatabase(await openDatabase({ kind: 'pglite', dataDir }));
await handle.close();
