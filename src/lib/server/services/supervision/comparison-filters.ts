import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';

/** Choices for the comparison's filters: the themes in use and the people who lead groups. */
export async function comparisonFilters(prisma: PrismaClient, viewer: Viewer) {
	const [themes, leaders] = await Promise.all([
		prisma.group.groupBy({
			by: ['theme'],
			where: { organizationId: viewer.organizationId },
			_count: { _all: true },
			orderBy: { theme: 'asc' }
		}),
		prisma.user.findMany({
			where: { leaderOf: { some: { organizationId: viewer.organizationId } } },
			orderBy: { name: 'asc' },
			select: { id: true, name: true }
		})
	]);
	return { themes: themes.map((t) => ({ theme: t.theme, groups: t._count._all })), facilitators: leaders };
}
