import type { PrismaClient } from '../../db/generated/client';

/** Active users of the organization who can be named as a group's leaders. */
export async function listLeaderCandidates(prisma: PrismaClient, organizationId: string) {
	const memberships = await prisma.membership.findMany({
		where: { organizationId, active: true },
		orderBy: [{ role: 'desc' }, { createdAt: 'asc' }],
		select: { role: true, user: { select: { id: true, name: true } } }
	});
	return memberships.map((m) => ({ userId: m.user.id, name: m.user.name, role: m.role }));
}
