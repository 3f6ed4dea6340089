import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { sessionScope } from '../access/group-scope';

/** Sessions with a plan that the viewer may read, to copy a plan from (newest groups first). */
export async function listCopySources(prisma: PrismaClient, viewer: Viewer, exceptSessionId: string) {
	const sessions = await prisma.session.findMany({
		where: { ...sessionScope(viewer), id: { not: exceptSessionId }, planItems: { some: {} } },
		orderBy: [{ group: { createdAt: 'desc' } }, { number: 'asc' }],
		take: 300,
		select: {
			id: true,
			number: true,
			title: true,
			group: { select: { id: true, name: true } },
			_count: { select: { planItems: true } }
		}
	});
	return sessions.map(({ _count, ...s }) => ({ ...s, itemCount: _count.planItems }));
}
