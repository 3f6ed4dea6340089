import type { PrismaClient } from '../../db/generated/client';
import { resetRateLimitsStartingWith } from '../../auth/rate-limit';
import { emailKeyPrefix } from '../../auth/sign-in-keys';
import type { Viewer } from '../../../domain/viewer';
import { notFound } from '../../errors';
import { auditedWrite } from '../audit/record-audit';

/** Lets a user of the organization sign in again at once, from every address their email was held back at. */
export async function unlockSignIn(prisma: PrismaClient, viewer: Viewer, userId: string) {
	const membership = await prisma.membership.findUnique({
		where: { organizationId_userId: { organizationId: viewer.organizationId, userId } },
		select: { user: { select: { email: true } } }
	});
	if (!membership) throw notFound();
	return auditedWrite(
		prisma,
		viewer,
		async (tx) => {
			await resetRateLimitsStartingWith(tx as PrismaClient, emailKeyPrefix(membership.user.email));
			return { userId };
		},
		() => ({ action: 'UPDATE', entity: 'User', entityId: userId })
	);
}
