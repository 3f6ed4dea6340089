import { verifyPassword } from 'better-auth/crypto';
import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { forgiveAttempt, hitRateLimit, resetRateLimit, signInLimit } from '../../auth/rate-limit';
import { signInKeys } from '../../auth/sign-in-keys';
import { badRequest, tooManyRequests } from '../../errors';

/**
 * Leaving member mode asks for the facilitator's own password, under the sign-in rules: the attempt is counted on
 * the address and on the email at that address first, a success takes it back, failures stay counted.
 */
export async function leaveMemberMode(
	prisma: PrismaClient,
	{ viewer, password, address }: { viewer: Viewer; password: string; address: string | null }
) {
	const keys = signInKeys(viewer.email, address ?? 'unknown');
	const wait = await hitRateLimit(prisma, [keys.address, keys.pair], signInLimit);
	if (wait > 0) throw tooManyRequests('auth.tooMany');
	const account = await prisma.authAccount.findFirst({
		where: { userId: viewer.userId, providerId: 'credential' },
		select: { password: true }
	});
	const ok = account?.password ? await verifyPassword({ hash: account.password, password }) : false;
	if (!ok) throw badRequest('errors.selfReport.wrongPassword');
	await Promise.all([resetRateLimit(prisma, keys.pair), forgiveAttempt(prisma, keys.address)]);
	return { left: true };
}
