import type { PrismaClient } from '../../db/generated/client';

export async function listUsers(prisma: PrismaClient, organizationId: string) {
	const memberships = await prisma.membership.findMany({
		where: { organizationId },
		orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
		select: {
			role: true,
			active: true,
			user: { select: { id: true, name: true, email: true, _count: { select: { leaderOf: true } } } }
		}
	});
	return memberships.map(({ user, ...m }) => ({
		...m,
		userId: user.id,
		name: user.name,
		email: user.email,
		groupsLed: user._count.leaderOf
	}));
}
