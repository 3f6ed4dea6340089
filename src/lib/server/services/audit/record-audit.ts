import type { Prisma } from '../../db/generated/client';
import type { AuditAction, AuditEntity } from '../../../domain/audit';
import type { Viewer } from '../../../domain/viewer';
import type { PrismaClient } from '../../db/generated/client';

/** The client of the transaction that makes the audited change (or the client itself, for a read). */
export type AuditDb = PrismaClient | Prisma.TransactionClient;

export interface RecordAuditOptions {
	action: AuditAction;
	entity: AuditEntity;
	entityId?: string | null;
	groupId?: string | null;
	memberId?: string | null;
}

/** One audit row's data: who (and their name as it is now, kept as it was), what, which record. Ids only, never note text. */
export function auditRow(viewer: Viewer, options: RecordAuditOptions) {
	return {
		organizationId: viewer.organizationId,
		userId: viewer.userId,
		actorName: viewer.name,
		action: options.action,
		entity: options.entity,
		entityId: options.entityId ?? null,
		groupId: options.groupId ?? null,
		memberId: options.memberId ?? null
	};
}

/**
 * Writes who read or changed what. A change passes the client of its own transaction, so that the change and its
 * row are written together or not at all.
 */
export async function recordAudit(db: AuditDb, viewer: Viewer, options: RecordAuditOptions) {
	await db.auditLog.create({ data: auditRow(viewer, options), select: { id: true } });
}

/**
 * Runs a change and records it in one transaction: the change without its row, or the row without its change, is
 * never left behind. `entry` names the audit row from the change's result.
 */
export function auditedWrite<T>(
	prisma: PrismaClient,
	viewer: Viewer,
	write: (tx: Prisma.TransactionClient) => Promise<T>,
	entry: (result: T) => RecordAuditOptions,
	options?: { timeout?: number }
): Promise<T> {
	return prisma.$transaction(async (tx) => {
		const result = await write(tx);
		await recordAudit(tx, viewer, entry(result));
		return result;
	}, options);
}

/** Reads of one record by one person within this window (a page's live resyncs, a reload) are audited once. */
const REPEATED_READ_WINDOW_MS = 10 * 60_000;

/**
 * Records an action unless the same person's same action on the same record is already in the log from within
 * `windowMs`. The log is append-only, so a repeat is simply not written. Two calls at the same instant may both
 * write; auditing once too often is harmless. A record without an id yet is audited every time.
 */
export async function recordOncePerWindow(
	db: AuditDb,
	viewer: Viewer,
	options: RecordAuditOptions,
	windowMs: number
) {
	if (options.entityId) {
		const recent = await db.auditLog.findFirst({
			where: {
				organizationId: viewer.organizationId,
				userId: viewer.userId,
				action: options.action,
				entity: options.entity,
				entityId: options.entityId,
				createdAt: { gt: new Date(Date.now() - windowMs) }
			},
			select: { id: true }
		});
		if (recent) return;
	}
	await recordAudit(db, viewer, options);
}

/** Audits a read of a record, once per person and record within REPEATED_READ_WINDOW_MS. */
export function recordRead(db: AuditDb, viewer: Viewer, options: Omit<RecordAuditOptions, 'action'>) {
	return recordOncePerWindow(db, viewer, { ...options, action: 'READ' }, REPEATED_READ_WINDOW_MS);
}
