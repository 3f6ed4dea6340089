import type { Prisma, PrismaClient } from '../../db/generated/client';
import { BUILT_IN_ACTIVITIES } from '../../../domain/activity-library';
import type { Viewer } from '../../trpc/context';
import type { ListActivitiesInput } from '../../routers/activities/activities.types';
import { activityScope, activitySummarySelect } from './activity-scope';

const libraryOrder = new Map(BUILT_IN_ACTIVITIES.map((a, i) => [a.key, i]));

/** The library with filters, built-in activities in library order first, then the organization's own. */
export async function listActivities(prisma: PrismaClient, viewer: Viewer, filters: ListActivitiesInput) {
	const and: Prisma.ActivityWhereInput[] = [activityScope(viewer)];
	const search = filters.search?.trim();
	if (search)
		and.push({
			OR: (['titleZh', 'titleEn', 'purposeZh', 'purposeEn'] as const).map((field) => ({
				[field]: { contains: search, mode: 'insensitive' as const }
			}))
		});
	if (filters.stage) and.push({ stages: { has: filters.stage } });
	if (filters.theme) and.push({ themes: { has: filters.theme } });
	if (filters.fitsMinutes) and.push({ minMinutes: { lte: filters.fitsMinutes } });
	if (filters.energy) and.push({ energy: filters.energy });
	if (filters.noMaterials) and.push({ needsMaterials: false });
	if (filters.favoritesOnly) and.push({ favorites: { some: { userId: viewer.userId } } });
	if (filters.ownOnly) and.push({ organizationId: viewer.organizationId });

	const rows = await prisma.activity.findMany({
		where: { AND: and },
		orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
		take: 500,
		select: {
			...activitySummarySelect,
			favorites: { where: { userId: viewer.userId }, select: { userId: true } }
		}
	});
	const rank = (key: string | null) => (key !== null ? (libraryOrder.get(key) ?? 10_000) : 20_000);
	return rows
		.map(({ favorites, organizationId, ...activity }) => ({
			...activity,
			isOwn: organizationId !== null,
			isFavorite: favorites.length > 0
		}))
		.sort((a, b) => rank(a.key) - rank(b.key));
}

export type ActivitySummary = Awaited<ReturnType<typeof listActivities>>[number];
