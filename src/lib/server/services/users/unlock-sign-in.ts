import type { PrismaClient } from '../../db/generated/client';
import { resetRateLimitsStartingWith } from '../../auth/rate-limit';
import { emailKeyPrefix } from '../../auth/sign-in-keys';
import { notFound } from '../../trpc/errors';

/** Lets a user of the organization sign in again at once, from every address their email was held back at. */
export async function unlockSignIn(
	prisma: PrismaClient,
	options: { organizationId: string; userId: string }
) {
	const membership = await prisma.membership.findUnique({
		where: { organizationId_userId: options },
		select: { user: { select: { email: true } } }
	});
	if (!membership) throw notFound();
	await resetRateLimitsStartingWith(prisma, emailKeyPrefix(membership.user.email));
	return { userId: options.userId };
}
