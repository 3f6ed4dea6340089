import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';

/** One audit row per member whose notes were read (ids only, never the text), in one insert. */
export async function auditNoteReads(
	prisma: PrismaClient,
	viewer: Viewer,
	options: { entity: string; groupId: string; memberIds: (string | null | undefined)[] }
) {
	const memberIds = [...new Set(options.memberIds.filter((id): id is string => !!id))];
	if (memberIds.length === 0) return;
	await prisma.auditLog.createMany({
		data: memberIds.map((memberId) => ({
			organizationId: viewer.organizationId,
			userId: viewer.userId,
			action: 'READ',
			entity: options.entity,
			groupId: options.groupId,
			memberId
		}))
	});
}
