import { Prisma, type PrismaClient } from '../../db/generated/client';
import { BUILT_IN_ACTIVITIES } from '../../../domain/activity-library';
import type { Viewer } from '../../../domain/viewer';
import type { ListActivitiesInput } from '../../schemas/activities/activities.types';
import { activityScope, activitySummarySelect } from './activity-scope';

/**
 * Ids of activities suited to a stage and/or theme. Plain SQL on purpose: Prisma's `has` on these array
 * columns reaches PGlite in the built app as a bare value ("malformed array literal"), while `= ANY` is
 * the same query on PGlite and PostgreSQL.
 */
async function idsWithTag(prisma: PrismaClient, filters: Pick<ListActivitiesInput, 'stage' | 'theme'>) {
	const conditions: Prisma.Sql[] = [];
	if (filters.stage) conditions.push(Prisma.sql`${filters.stage}::"Stage" = ANY("stages")`);
	if (filters.theme) conditions.push(Prisma.sql`${filters.theme} = ANY("themes")`);
	const rows = await prisma.$queryRaw<{ id: string }[]>`
		SELECT id FROM "Activity" WHERE ${Prisma.join(conditions, ' AND ')}`;
	return rows.map((r) => r.id);
}

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
	if (filters.stage || filters.theme) and.push({ id: { in: await idsWithTag(prisma, filters) } });
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
