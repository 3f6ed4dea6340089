import Papa from 'papaparse';
import type { PrismaClient } from '../../db/generated/client';
import type { AuditFilters } from '../../routers/audit/audit.types';
import type { Viewer } from '../../trpc/context';
import { auditRowsForExport } from './list-audit';
import { recordAudit } from './record-audit';

/** The audit log as CSV, with a UTF-8 byte-order mark so that spreadsheet programs read Chinese correctly. */
export async function auditCsv(prisma: PrismaClient, viewer: Viewer, filters: AuditFilters) {
	const rows = await auditRowsForExport(prisma, viewer.organizationId, filters);
	const csv = Papa.unparse({
		fields: ['time', 'user', 'email', 'action', 'entity', 'entityId', 'member', 'group'],
		data: rows.map((r) => [
			r.createdAt.toISOString(),
			r.userName ?? '',
			r.userEmail ?? '',
			r.action,
			r.entity,
			r.entityId ?? '',
			r.memberCode ?? '',
			r.groupName ?? ''
		])
	});
	await recordAudit(prisma, viewer, { action: 'EXPORT', entity: 'AuditLog' });
	return { filename: 'audit-log.csv', csv: `\uFEFF${csv}\r\n`, rows: rows.length };
}
