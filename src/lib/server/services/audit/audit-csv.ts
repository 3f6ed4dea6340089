import Papa from 'papaparse';
import type { PrismaClient } from '../../db/generated/client';
import type { AuditFilters } from '../../routers/audit/audit.types';
import { auditRowsForExport } from './list-audit';
import { zonedIso } from '../../../domain/dates';

/** The audit log as CSV, with a UTF-8 byte-order mark so that spreadsheet programs read Chinese correctly. */
export async function auditCsv(prisma: PrismaClient, organizationId: string, filters: AuditFilters) {
	const [rows, { timeZone }] = await Promise.all([
		auditRowsForExport(prisma, organizationId, filters),
		prisma.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true } })
	]);
	const csv = Papa.unparse({
		fields: ['time', 'user', 'email', 'action', 'entity', 'entityId', 'member', 'group'],
		data: rows.map((r) => [
			zonedIso(r.createdAt, timeZone),
			r.userName ?? '',
			r.userEmail ?? '',
			r.action,
			r.entity,
			r.entityId ?? '',
			r.memberCode ?? '',
			r.groupName ?? ''
		])
	});
	return { filename: 'audit-log.csv', csv: `\uFEFF${csv}\r\n`, rows: rows.length };
}
