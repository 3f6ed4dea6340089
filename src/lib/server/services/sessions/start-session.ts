import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { auditedWrite } from '../audit/record-audit';

/**
 * A leader starts the session (the run screen's timer): a planned session becomes "in progress" for everyone who
 * looks at it. Starting again keeps the first start; a session already done or cancelled is left as it is.
 */
export async function startSession(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string }
) {
	const select = { id: true, status: true, startedAt: true } as const;
	const current = await prisma.session.findUniqueOrThrow({ where: { id: access.sessionId }, select });
	if (current.status !== 'PLANNED' || current.startedAt) return current;
	return auditedWrite(
		prisma,
		viewer,
		async (tx) => {
			// Only the first start writes: a concurrent start by the co-leader finds the time already set.
			await tx.session.updateMany({
				where: { id: access.sessionId, status: 'PLANNED', startedAt: null },
				data: { startedAt: new Date() }
			});
			return tx.session.findUniqueOrThrow({ where: { id: access.sessionId }, select });
		},
		(session) => ({ action: 'UPDATE', entity: 'Session', entityId: session.id, groupId: access.groupId })
	);
}
