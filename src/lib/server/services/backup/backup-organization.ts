import type { PrismaClient } from '../../db/generated/client';

/**
 * One organization's data as JSON, table by table, with every column as PostgreSQL renders it (row_to_json):
 * new columns are included without code changes. Built-in library rows (activities and measures shared by
 * every organization) are listed by key, so that a restore can point references at the target's own copies.
 */
export interface OrganizationBackup {
	format: 'groupwork-backup';
	version: 1;
	createdAt: string;
	organizationId: string;
	/** id → key of the built-in activities and measures this organization's rows refer to. */
	library: { activities: Record<string, string>; measures: Record<string, string> };
	tables: Record<string, Record<string, unknown>[]>;
}

const inOrg = `"organizationId" = $1`;
const orgUsers = `SELECT "userId" FROM "Membership" WHERE "organizationId" = $1`;

/** Tables in the order a restore inserts them (foreign keys first), with the rows of the organization. */
export const BACKUP_TABLES: { table: string; where: string }[] = [
	{ table: 'Organization', where: `id = $1` },
	{ table: 'user', where: `id IN (${orgUsers})` },
	{ table: 'account', where: `"userId" IN (${orgUsers})` },
	{ table: 'Membership', where: inOrg },
	{ table: 'Activity', where: inOrg },
	{ table: 'Measure', where: inOrg },
	{ table: 'Group', where: inOrg },
	{ table: 'GroupLeader', where: inOrg },
	{ table: 'Member', where: inOrg },
	{ table: 'Enrollment', where: inOrg },
	{ table: 'ActivityFavorite', where: inOrg },
	{ table: 'Session', where: inOrg },
	{ table: 'PlanItem', where: inOrg },
	{ table: 'PlanTemplate', where: inOrg },
	{ table: 'Attendance', where: inOrg },
	{ table: 'IdempotencyKey', where: inOrg },
	{ table: 'ConflictLog', where: inOrg },
	{ table: 'ConflictMember', where: `"conflictId" IN (SELECT id FROM "ConflictLog" WHERE ${inOrg})` },
	{ table: 'InteractionNote', where: inOrg },
	{ table: 'Observation', where: inOrg },
	{ table: 'Debrief', where: inOrg },
	{ table: 'DebriefUpdate', where: `"debriefId" IN (SELECT id FROM "Debrief" WHERE ${inOrg})` },
	{ table: 'DebriefComment', where: `"debriefId" IN (SELECT id FROM "Debrief" WHERE ${inOrg})` },
	{ table: 'SessionAttachment', where: inOrg },
	{ table: 'SessionAttachmentMember', where: inOrg },
	{ table: 'GoalScale', where: inOrg },
	{ table: 'MeasureResponse', where: inOrg },
	{ table: 'Review', where: inOrg },
	{ table: 'ReviewComment', where: inOrg },
	{ table: 'Addendum', where: inOrg },
	{ table: 'AuditLog', where: inOrg }
];

/**
 * Summaries (GroupSummary…) are derived: the database's triggers rebuild them from the restored rows, so they are
 * never backed up (restoring them would collide with the rows the triggers write).
 */
export const DERIVED_TABLES = ['GroupSummary', 'ChangeSummary', 'GroupMonthSummary', 'MonthSummary'];
/** Sign-in sessions, verification tokens and rate-limit counters are transient and not backed up. */
export const TRANSIENT_TABLES = [
	'_prisma_migrations',
	'session',
	'verification',
	'rateLimit',
	...DERIVED_TABLES
];

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Every table of the schema that this backup covers, including tables added later that carry organizationId. */
export async function backupTables(prisma: PrismaClient) {
	const rows = await prisma.$queryRawUnsafe<{ table_name: string; has_org: boolean }[]>(
		`SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public'
			AND c.table_name = t.table_name AND c.column_name = 'organizationId') AS has_org
		 FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'`
	);
	const known = new Set(BACKUP_TABLES.map((t) => t.table));
	const existing = new Set(rows.map((r) => r.table_name));
	const extra = rows
		.filter((r) => !known.has(r.table_name) && !TRANSIENT_TABLES.includes(r.table_name))
		.map((r) => {
			if (!r.has_org)
				throw new Error(
					`table ${r.table_name} has no organizationId: add it to BACKUP_TABLES with its filter`
				);
			return { table: r.table_name, where: inOrg };
		});
	return [...BACKUP_TABLES.filter((t) => existing.has(t.table)), ...extra];
}

export async function backupOrganization(
	prisma: PrismaClient,
	organizationId: string
): Promise<OrganizationBackup> {
	const exists = await prisma.organization.findUnique({
		where: { id: organizationId },
		select: { id: true }
	});
	if (!exists) throw new Error(`no organization with id ${organizationId}`);
	const tables: Record<string, Record<string, unknown>[]> = {};
	// One snapshot for every table.
	await prisma.$transaction(
		async (tx) => {
			for (const { table, where } of await backupTables(tx as unknown as PrismaClient)) {
				const result = await tx.$queryRawUnsafe<{ rows: string | null }[]>(
					`SELECT json_agg(t)::text AS rows FROM ${quote(table)} t WHERE ${where}`,
					organizationId
				);
				tables[table] = result[0]?.rows ? (JSON.parse(result[0].rows) as Record<string, unknown>[]) : [];
			}
		},
		{ isolationLevel: 'RepeatableRead', timeout: 600_000, maxWait: 60_000 }
	);
	const library = async (table: 'Activity' | 'Measure', column: string, from: string[]) => {
		const rows = await prisma.$queryRawUnsafe<{ id: string; key: string }[]>(
			`SELECT id, key FROM ${quote(table)} WHERE "organizationId" IS NULL AND key IS NOT NULL AND id IN (
				${from.map((f) => `SELECT ${quote(column)} FROM ${quote(f)} WHERE "organizationId" = $1`).join(' UNION ')})`,
			organizationId
		);
		return Object.fromEntries(rows.map((r) => [r.id, r.key]));
	};
	const activities = await library('Activity', 'activityId', ['PlanItem', 'ActivityFavorite']);
	// Plan templates keep their items as JSON: built-in activities named there are listed too.
	const templateActivities = await prisma.$queryRawUnsafe<{ id: string; key: string }[]>(
		`SELECT id, key FROM "Activity" WHERE "organizationId" IS NULL AND key IS NOT NULL AND id IN (
			SELECT item->>'activityId' FROM "PlanTemplate", jsonb_array_elements(items::jsonb) item
			WHERE "organizationId" = $1 AND jsonb_typeof(items::jsonb) = 'array')`,
		organizationId
	);
	for (const r of templateActivities) activities[r.id] = r.key;
	return {
		format: 'groupwork-backup',
		version: 1,
		createdAt: new Date().toISOString(),
		organizationId,
		library: { activities, measures: await library('Measure', 'measureId', ['MeasureResponse']) },
		tables
	};
}
