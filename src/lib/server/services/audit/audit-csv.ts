import type { PrismaClient } from '../../db/generated/client';
import type { AuditFilters } from '../../schemas/audit/audit.types';
import type { Viewer } from '../../../domain/viewer';
import { auditRowsForExport } from './list-audit';
import { recordAudit } from './record-audit';
import { toCsv } from '../../../domain/csv';
import { zonedIso } from '../../../domain/dates';

/** The audit log as CSV (the app's one CSV writer: byte-order mark, formula-like text neutralised). */
export async function auditCsv(prisma: PrismaClient, viewer: Viewer, filters: AuditFilters) {
	const [rows, { timeZone }] = await Promise.all([
		auditRowsForExport(prisma, viewer.organizationId, filters),
		prisma.organization.findUniqueOrThrow({
			where: { id: viewer.organizationId },
			select: { timeZone: true }
		})
	]);
	const csv = toCsv([
		['time', 'user', 'email', 'action', 'entity', 'entityId', 'member', 'group'],
		...rows.map((r) => [
			zonedIso(r.createdAt, timeZone),
			r.userName ?? '',
			r.userEmail ?? '',
			r.action,
			r.entity,
			r.entityId ?? '',
			r.memberCode ?? '',
			r.groupName ?? ''
		])
	]);
	await recordAudit(prisma, viewer, { action: 'EXPORT', entity: 'AuditLog' });
	return { filename: 'audit-log.csv', csv, rows: rows.length };
}
