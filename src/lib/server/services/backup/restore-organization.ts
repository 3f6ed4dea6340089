import type { PrismaClient } from '../../db/generated/client';
import { announceRevocation } from '../../auth/session-revocation';
import { backupTables, type OrganizationBackup } from './backup-organization';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const CHUNK = 2_000;

export interface RestoreResult {
	organizationId: string;
	rows: Record<string, number>;
	/** Users that already existed in the target (same id): kept as they are, with the backup's membership. */
	existingUsers: number;
}

/**
 * Restores a backup into a migrated database that does not hold this organization yet, in one transaction:
 * either everything is restored or nothing. References to built-in activities and measures are pointed at the
 * target's copies (matched by key); rows are inserted with json_populate_recordset, so every column type
 * (arrays, enums, JSON, bytes, timestamps) comes back exactly.
 */
export async function restoreOrganization(
	prisma: PrismaClient,
	backup: OrganizationBackup
): Promise<RestoreResult> {
	if (backup?.format !== 'groupwork-backup' || backup.version !== 1)
		throw new Error('not a groupwork backup (format groupwork-backup, version 1)');
	const existing = await prisma.organization.findUnique({
		where: { id: backup.organizationId },
		select: { id: true }
	});
	if (existing) throw new Error(`organization ${backup.organizationId} already exists in this database`);

	// Built-in library rows: the target's id for each key.
	const remap = new Map<string, string>();
	const mapLibrary = async (table: 'Activity' | 'Measure', ids: Record<string, string>) => {
		const keys = Object.values(ids);
		if (keys.length === 0) return;
		const rows = await prisma.$queryRawUnsafe<{ id: string; key: string }[]>(
			`SELECT id, key FROM ${quote(table)} WHERE "organizationId" IS NULL AND key = ANY(($1::text)::text[])`,
			`{${keys.map((k) => `"${k.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`
		);
		const byKey = new Map(rows.map((r) => [r.key, r.id]));
		for (const [id, key] of Object.entries(ids)) {
			const target = byKey.get(key);
			if (!target)
				throw new Error(`the built-in ${table.toLowerCase()} "${key}" is missing: seed the library first`);
			if (target !== id) remap.set(id, target);
		}
	};
	await mapLibrary('Activity', backup.library.activities);
	await mapLibrary('Measure', backup.library.measures);
	let text = JSON.stringify(backup.tables);
	for (const [from, to] of remap) text = text.replaceAll(`"${from}"`, `"${to}"`);
	const tables = JSON.parse(text) as OrganizationBackup['tables'];

	const known = new Set((await backupTables(prisma)).map((t) => t.table));
	const unknown = Object.keys(tables).filter((t) => !known.has(t));
	if (unknown.length > 0) throw new Error(`the backup has tables this database lacks: ${unknown.join(', ')}`);

	const rows: Record<string, number> = {};
	let existingUsers = 0;
	await prisma.$transaction(
		async (tx) => {
			for (const { table } of await backupTables(tx as unknown as PrismaClient)) {
				const data = tables[table] ?? [];
				rows[table] = 0;
				// A person may belong to several organizations: an existing user (and password) is kept.
				const onConflict = table === 'user' || table === 'account' ? 'ON CONFLICT (id) DO NOTHING' : '';
				for (let start = 0; start < data.length; start += CHUNK) {
					const inserted = await tx.$executeRawUnsafe(
						`INSERT INTO ${quote(table)} SELECT * FROM json_populate_recordset(NULL::${quote(table)}, $1::json) ${onConflict}`,
						JSON.stringify(data.slice(start, start + CHUNK))
					);
					rows[table] += Number(inserted);
				}
				if (table === 'user') existingUsers = data.length - rows[table];
			}
		},
		{ timeout: 600_000, maxWait: 60_000 }
	);
	// A person who already had an account here may now have an older membership, which the viewer is made of.
	if (existingUsers) await announceRevocation(prisma, { all: true });
	return { organizationId: backup.organizationId, rows, existingUsers };
}
