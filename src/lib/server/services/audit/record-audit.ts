import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../trpc/context';

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
