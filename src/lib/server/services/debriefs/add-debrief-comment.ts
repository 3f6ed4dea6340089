import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { realtime } from '../../realtime/bus';
import { forbidden } from '../../errors';
import { debriefChannel, type DebriefEvent } from './debrief-channel';
import { ensureDebrief } from './ensure-debrief';
import { auditedWrite } from '../audit/record-audit';

/** A comment on the debrief by anyone who may read it (supervisors' feedback, leaders' replies). */
export async function addDebriefComment(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	body: string
) {
	if (access.status === 'CLOSED') throw forbidden('errors.groupClosed');
	const debriefId = await ensureDebrief(prisma, access.organizationId, access.sessionId);
	const comment = await auditedWrite(
		prisma,
		viewer,
		(tx) =>
			tx.debriefComment.create({
				data: { debriefId, userId: viewer.userId, body },
				select: { id: true, userId: true, body: true, createdAt: true }
			}),
		(created) => ({
			action: 'CREATE',
			entity: 'DebriefComment',
			entityId: created.id,
			groupId: access.groupId
		})
	);
	const event: DebriefEvent = { type: 'comment', commentId: comment.id };
	await (await realtime()).publish(debriefChannel(access.sessionId), event);
	return { ...comment, userName: viewer.name };
}
