import type { PrismaClient } from '../../db/generated/client';
import { prefixesOverLimit, signInLimit } from '../../auth/rate-limit';
import { emailKeyPrefix } from '../../auth/sign-in-keys';

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
	const prefixes = memberships.map(({ user }) => emailKeyPrefix(user.email));
	const locked = await prefixesOverLimit(prisma, prefixes, signInLimit);
	return memberships.map(({ user, ...m }, i) => ({
		...m,
		userId: user.id,
		name: user.name,
		email: user.email,
		groupsLed: user._count.leaderOf,
		/** Held back from signing in at one address or more (too many wrong passwords there). */
		signInLocked: locked.has(prefixes[i])
	}));
}
