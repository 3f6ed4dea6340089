import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { notFound } from '../../errors';
import { activityScope } from './activity-scope';

/** One activity with everything the detail view shows. Another organization's activity is NOT_FOUND. */
export async function getActivity(prisma: PrismaClient, viewer: Viewer, activityId: string) {
	const activity = await prisma.activity.findFirst({
		where: { AND: [{ id: activityId }, activityScope(viewer)] },
		include: { favorites: { where: { userId: viewer.userId }, select: { userId: true } } }
	});
	if (!activity) throw notFound();
	const { favorites, organizationId, createdAt: _createdAt, ...rest } = activity;
	return {
		...rest,
		isOwn: organizationId !== null,
		isFavorite: favorites.length > 0,
		canEdit: organizationId !== null && viewer.role !== 'SUPERVISOR'
	};
}

export type ActivityDetail = Awaited<ReturnType<typeof getActivity>>;
