import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';

export type AuditAction = 'READ' | 'CREATE' | 'UPDATE' | 'DELETE' | 'ERASE' | 'EXPORT';

export interface RecordAuditOptions {
	action: AuditAction;
	entity: string;
	entityId?: string | null;
	groupId?: string | null;
	memberId?: string | null;
}

/** Writes who read or changed what. Never store note text here: ids only. */
export async function recordAudit(prisma: PrismaClient, viewer: Viewer, options: RecordAuditOptions) {
	await prisma.auditLog.create({
		data: {
			organizationId: viewer.organizationId,
			userId: viewer.userId,
			action: options.action,
			entity: options.entity,
			entityId: options.entityId ?? null,
			groupId: options.groupId ?? null,
			memberId: options.memberId ?? null
		}
	});
}

/** Reads of one record by one person within this window (a page's live resyncs, a reload) are audited once. */
const REPEATED_READ_WINDOW_MS = 10 * 60_000;

/**
 * Audits a read of a record, unless the same person's read of it is already in the log from within that
 * window. The log is append-only, so a repeat is simply not written. Two reads at the same instant may both
 * be written; auditing once too often is harmless. A record without an id yet is audited every time.
 */
export async function recordRead(
	prisma: PrismaClient,
	viewer: Viewer,
	options: Omit<RecordAuditOptions, 'action'>
) {
	if (options.entityId) {
		const recent = await prisma.auditLog.findFirst({
			where: {
				organizationId: viewer.organizationId,
				userId: viewer.userId,
				action: 'READ',
				entity: options.entity,
				entityId: options.entityId,
				createdAt: { gt: new Date(Date.now() - REPEATED_READ_WINDOW_MS) }
			},
			select: { id: true }
		});
		if (recent) return;
	}
	await recordAudit(prisma, viewer, { ...options, action: 'READ' });
}
