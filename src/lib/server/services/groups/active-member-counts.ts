import type { PrismaClient } from '../../db/generated/client';

/**
 * Active members per group, for the groups on one page: one grouped count over those groups' enrollments
 * (a filtered relation _count would be computed over the whole Enrollment table).
 */
export async function activeMemberCounts(
	prisma: PrismaClient,
	groupIds: string[]
): Promise<Map<string, number>> {
	if (groupIds.length === 0) return new Map();
	const rows = await prisma.enrollment.groupBy({
		by: ['groupId'],
		where: { groupId: { in: groupIds }, leftAt: null },
		_count: { _all: true }
	});
	return new Map(rows.map((row) => [row.groupId, row._count._all]));
}
