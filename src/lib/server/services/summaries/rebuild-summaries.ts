import type { PrismaClient } from '../../db/generated/client';
import { DERIVED_TABLES } from '../backup/backup-organization';

/**
 * Recomputes every summary (GroupSummary, ChangeSummary, GroupMonthSummary, MonthSummary) from the source rows,
 * in one transaction: empties them, then runs the database's own per-group recomputation
 * (`summaries_refresh_group`, the function the triggers call) for every group. For an existing database whose
 * summaries are in doubt (`npm run db:rebuild-summaries`); writes keep them right otherwise.
 */
export async function rebuildSummaries(prisma: PrismaClient): Promise<{ groups: number }> {
	return prisma.$transaction(
		async (tx) => {
			await tx.$executeRawUnsafe(`TRUNCATE ${DERIVED_TABLES.map((t) => `"${t}"`).join(', ')}`);
			const groups = await tx.$queryRawUnsafe<{ id: string }[]>(
				`SELECT id FROM "Group" ORDER BY id COLLATE "C"`
			);
			for (const { id } of groups) await tx.$executeRaw`SELECT "summaries_refresh_group"(${id})`;
			return { groups: groups.length };
		},
		{ timeout: 3_600_000, maxWait: 60_000 }
	);
}
