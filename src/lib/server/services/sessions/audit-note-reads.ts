import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { AuditEntity } from '../../../domain/audit';
import { auditRow } from '../audit/record-audit';

/** One audit row per member whose notes were read (ids only, never the text), in one insert. */
export async function auditNoteReads(
	prisma: PrismaClient,
	viewer: Viewer,
	options: { entity: AuditEntity; groupId: string; memberIds: (string | null | undefined)[] }
) {
	const memberIds = [...new Set(options.memberIds.filter((id): id is string => !!id))];
	if (memberIds.length === 0) return;
	await prisma.auditLog.createMany({
		data: memberIds.map((memberId) =>
			auditRow(viewer, { action: 'READ', entity: options.entity, groupId: options.groupId, memberId })
		)
	});
}
