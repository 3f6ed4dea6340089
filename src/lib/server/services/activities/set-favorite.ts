import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { notFound } from '../../errors';
import { activityScope } from './activity-scope';

/** Marks or unmarks an activity as one of the viewer's favourites (idempotent). */
export async function setFavorite(
	prisma: PrismaClient,
	viewer: Viewer,
	activityId: string,
	favorite: boolean
) {
	const activity = await prisma.activity.findFirst({
		where: { AND: [{ id: activityId }, activityScope(viewer)] },
		select: { id: true }
	});
	if (!activity) throw notFound();
	if (favorite)
		await prisma.activityFavorite.upsert({
			where: { userId_activityId: { userId: viewer.userId, activityId } },
			create: { userId: viewer.userId, activityId, organizationId: viewer.organizationId },
			update: {}
		});
	else await prisma.activityFavorite.deleteMany({ where: { userId: viewer.userId, activityId } });
	return { activityId, favorite };
}
