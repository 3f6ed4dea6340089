import { localDate } from '../../../domain/dates';
import type { PrismaClient } from '../../db/generated/client';

/**
 * Active users of the organization who can be named as a group's leaders, with the organization's time zone
 * and today's date there (the schedule form starts from it).
 */
export async function listLeaderCandidates(prisma: PrismaClient, organizationId: string) {
	const [organization, memberships] = await Promise.all([
		prisma.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true } }),
		prisma.membership.findMany({
			where: { organizationId, active: true },
			orderBy: [{ role: 'desc' }, { createdAt: 'asc' }],
			select: { role: true, user: { select: { id: true, name: true } } }
		})
	]);
	return {
		timeZone: organization.timeZone,
		today: localDate(new Date(), organization.timeZone),
		candidates: memberships.map((m) => ({ userId: m.user.id, name: m.user.name, role: m.role }))
	};
}
