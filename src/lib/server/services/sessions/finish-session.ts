import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { auditedWrite } from '../audit/record-audit';
import { assertSessionUnlocked } from '../access/record-lock';

export interface FinishSessionOptions {
	status: 'DONE' | 'CANCELLED' | 'PLANNED';
}

/** Marks a session run (or cancelled, or back to planned) and returns its attendance summary. */
export async function finishSession(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	{ status }: FinishSessionOptions
) {
	const [session, counts, members] = await Promise.all([
		auditedWrite(
			prisma,
			viewer,
			async (tx) => {
				await assertSessionUnlocked(tx, access.sessionId);
				return tx.session.update({
					where: { id: access.sessionId },
					// Back to planned is back to "not started" too.
					data: status === 'PLANNED' ? { status, startedAt: null } : { status },
					select: { id: true, status: true, startedAt: true }
				});
			},
			(session) => ({ action: 'UPDATE', entity: 'Session', entityId: session.id, groupId: access.groupId })
		),
		prisma.attendance.groupBy({
			by: ['status'],
			where: { sessionId: access.sessionId },
			_count: { _all: true }
		}),
		prisma.enrollment.count({ where: { groupId: access.groupId, leftAt: null } })
	]);
	const byStatus = Object.fromEntries(counts.map((c) => [c.status, c._count._all]));
	const marked = counts.reduce((sum, c) => sum + c._count._all, 0);
	return { ...session, byStatus, marked, members, unmarked: Math.max(0, members - marked) };
}
