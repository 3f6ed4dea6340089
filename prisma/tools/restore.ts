// npm run db:restore -- file.json
// Migrates the target database (DATABASE_URL, or PGlite in DATA_DIR), seeds the built-in library, then restores
// the organization of a backup made by db:backup, all in one transaction. Refuses if the organization exists.
import fs from 'node:fs';
import { databaseTargetFromEnv, migrationsDir } from '../../src/lib/server/db/config';
import { openDatabase } from '../../src/lib/server/db/client';
import { applyMigrations } from '../../src/lib/server/db/migrate';
import { seedLibrary } from '../../src/lib/server/db/seed';
import { restoreOrganization } from '../../src/lib/server/services/backup/restore-organization';
import type { OrganizationBackup } from '../../src/lib/server/services/backup/backup-organization';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file) {
	console.error('usage: npm run db:restore -- <file.json>');
	process.exit(2);
}
const backup = JSON.parse(fs.readFileSync(file, 'utf8')) as OrganizationBackup;
const db = await openDatabase(databaseTargetFromEnv());
try {
	await applyMigrations(db.adapterFactory, migrationsDir());
	await seedLibrary(db.prisma);
	const result = await restoreOrganization(db.prisma, backup);
	const total = Object.values(result.rows).reduce((sum, n) => sum + n, 0);
	console.log(`restored organization ${result.organizationId}: ${total} rows`);
	if (result.existingUsers)
		console.log(`${result.existingUsers} users already existed and were kept as they are`);
} catch (error) {
	console.error(`restore failed, nothing was changed: ${(error as Error).message}`);
	process.exitCode = 1;
} finally {
	await db.close();
}
