import Papa from 'papaparse';
import { duplicateKeys, MAX_IMPORT_ROWS, validateMemberCsv } from '../../../domain/member-import';
import type { Prisma } from '../../db/generated/client';
import { badRequest } from '../../errors';

type Db = Prisma.TransactionClient;

/**
 * Parses and checks an import file: per-row errors, duplicates within the file and against the organization's
 * members (same name and birth year, or same contact).
 */
export async function validateImport(db: Db, organizationId: string, csv: string) {
	const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
	const table = parsed.data.filter((row) => Array.isArray(row));
	if (table.length < 2) throw badRequest('members.import.empty');
	if (table.length - 1 > MAX_IMPORT_ROWS) throw badRequest('members.import.tooManyRows');
	const first = validateMemberCsv(table, { currentYear: new Date().getUTCFullYear() });
	if (first.missingColumns.length > 0) return first;
	// Look up only the people named in the file, not the whole organization.
	const cells = table
		.slice(1)
		.flatMap((row) => row.map((c) => c.trim()))
		.filter((c) => c.length > 0 && c.length <= 100);
	const existing = await db.member.findMany({
		where: { organizationId, erasedAt: null, OR: [{ realName: { in: cells } }, { contact: { in: cells } }] },
		select: { realName: true, birthYear: true, contact: true }
	});
	const existingKeys = new Set(existing.flatMap((m) => duplicateKeys(m)));
	return validateMemberCsv(table, { currentYear: new Date().getUTCFullYear(), existingKeys });
}
