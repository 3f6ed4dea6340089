import type { PrismaClient } from '../../db/generated/client';
import type { GroupAccess } from '../access/require-group-access';

/** Who changed the debrief and when, newest first (the Yjs bytes stay on the server). */
export async function listDebriefHistory(prisma: PrismaClient, access: GroupAccess & { sessionId: string }) {
	const updates = await prisma.debriefUpdate.findMany({
		where: { debrief: { sessionId: access.sessionId, session: { groupId: access.groupId } } },
		orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
		take: 500,
		select: { id: true, userId: true, createdAt: true }
	});
	const userIds = [...new Set(updates.map((u) => u.userId))];
	const users = userIds.length
		? await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })
		: [];
	const names = new Map(users.map((u) => [u.id, u.name]));
	return updates.map((u) => ({ ...u, userName: names.get(u.userId) ?? '' }));
}
