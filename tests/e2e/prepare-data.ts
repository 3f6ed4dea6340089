// npx tsx tests/e2e/prepare-data.ts <dir> [<meta.json>]: a data directory (DATA_DIR) migrated and seeded exactly as
// the app does it at start-up. support/template.ts prepares one per run (and again when the day changes) and gives
// every spec a copy, instead of every spec's server creating, migrating and seeding its own (about ten seconds of CPU
// each). The database goes where the app looks for it in DATA_DIR (databaseTargetFromEnv), so that a server started
// on a copy finds it and does not seed a new one. The meta file says when it was seeded and for which organizations'
// time zones, since the demo data is laid out around that day, and until when that day lasts in all of them.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src/lib/server/db/client';
import { databaseTargetFromEnv } from '../../src/lib/server/db/config';
import { prepareDatabase } from '../../src/lib/server/db';
import { addDays, startOfDayInZone } from '../../src/lib/domain/dates';

const [dataDir, metaFile] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: prepare-data.ts <data directory> [<meta.json>]');
const target = databaseTargetFromEnv({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' });
if (target.kind !== 'pglite') throw new Error('prepare-data.ts prepares a PGlite data directory');
const seededAt = new Date();
const handle = await prepareDatabase(await openDatabase(target));
const organizations = await handle.prisma.organization.findMany({ select: { timeZone: true } });
await handle.close();
if (metaFile) {
	const timeZones = [...new Set(organizations.map((o) => o.timeZone))];
	const validUntil = new Date(
		Math.min(...timeZones.map((zone) => addDays(startOfDayInZone(seededAt, zone), 1, zone).getTime()))
	);
	const meta = {
		dir: path.basename(dataDir),
		seededAt: seededAt.toISOString(),
		timeZones,
		validUntil: validUntil.toISOString()
	};
	fs.writeFileSync(metaFile, JSON.stringify(meta));
}
