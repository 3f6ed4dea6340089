import type { PrismaClient } from '../../db/generated/client';
import type { GroupAccess } from '../access/require-group-access';
import { debriefDoc, debriefSections } from '../../../domain/debrief';
import { notFound } from '../../errors';

/** The debrief as it was right after one stored change: rebuilt from every change up to and including it. */
export async function getDebriefVersion(
	prisma: PrismaClient,
	access: GroupAccess & { sessionId: string },
	updateId: string
) {
	const target = await prisma.debriefUpdate.findFirst({
		where: { id: updateId, debrief: { sessionId: access.sessionId, session: { groupId: access.groupId } } },
		select: { id: true, debriefId: true, createdAt: true, userId: true }
	});
	if (!target) throw notFound();
	const updates = await prisma.debriefUpdate.findMany({
		where: {
			debriefId: target.debriefId,
			OR: [{ createdAt: { lt: target.createdAt } }, { createdAt: target.createdAt, id: { lte: target.id } }]
		},
		orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
		select: { update: true }
	});
	const doc = debriefDoc(updates.map((u) => new Uint8Array(u.update)));
	return { updateId: target.id, createdAt: target.createdAt, sections: debriefSections(doc) };
}
