// npm run db:backup -- --org <organizationId> --out file.json
// Writes one organization's data (DATABASE_URL, or PGlite in DATA_DIR) to a JSON file; see restore.ts.
import fs from 'node:fs';
import { databaseTargetFromEnv } from '../../src/lib/server/db/config';
import { openDatabase } from '../../src/lib/server/db/client';
import { backupOrganization } from '../../src/lib/server/services/backup/backup-organization';

function argument(name: string) {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 ? process.argv[index + 1] : undefined;
}

const organizationId = argument('org');
const out = argument('out');
const db = await openDatabase(databaseTargetFromEnv());
try {
	if (!organizationId || !out) {
		const orgs = await db.prisma.organization.findMany({ select: { id: true, name: true } });
		console.error('usage: npm run db:backup -- --org <organizationId> --out <file.json>\norganizations:');
		for (const org of orgs) console.error(`  ${org.id}  ${org.name}`);
		process.exitCode = 2;
	} else {
		const backup = await backupOrganization(db.prisma, organizationId);
		fs.writeFileSync(`${out}.tmp`, JSON.stringify(backup));
		fs.renameSync(`${out}.tmp`, out);
		const rows = Object.values(backup.tables).reduce((sum, t) => sum + t.length, 0);
		console.log(
			`backed up organization ${organizationId}: ${rows} rows in ${Object.keys(backup.tables).length} tables → ${out}`
		);
	}
} finally {
	await db.close();
}
