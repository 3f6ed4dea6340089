import type { PrismaClient } from '../../db/generated/client';

/** The names of the people who wrote or signed, for "who and when" (one query for all of them). */
export async function userNames(prisma: PrismaClient, organizationId: string, ids: (string | null)[]) {
	const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
	if (wanted.length === 0) return new Map<string, string>();
	const users = await prisma.user.findMany({
		where: { id: { in: wanted }, memberships: { some: { organizationId } } },
		select: { id: true, name: true }
	});
	return new Map(users.map((u) => [u.id, u.name]));
}
