import { APIError } from 'better-auth/api';
import type { PrismaClient } from '../db/generated/client';
import { viewerFor } from '../trpc/context';
import type { Auth } from './auth';
import { forgiveAttempt, hitRateLimit, resetRateLimit, signInLimit } from './rate-limit';
import { signInKeys } from './sign-in-keys';
import { announceRevocation } from './session-revocation';

export type SignInResult =
	| { ok: true }
	| { ok: false; status: 429; error: 'auth.tooMany'; wait: number }
	| { ok: false; status: 400; error: 'auth.wrongCredentials' }
	| { ok: false; status: 403; error: 'auth.inactive' };

/**
 * Accounts are per organization, so one address may have several (services/users/create-user.ts). better-auth
 * checks the password against each account of the address, oldest first, and signs in to the first it opens; an
 * address without an account is still checked (better-auth hashes anyway), so the time taken does not tell.
 */
async function signInToAnAccount(
	prisma: PrismaClient,
	auth: Auth,
	options: { email: string; password: string; headers: Headers }
) {
	const accounts = await prisma.user.findMany({
		where: { email: options.email },
		orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
		select: { authKey: true }
	});
	for (const key of accounts.length ? accounts.map((a) => a.authKey) : [options.email]) {
		try {
			const result = await auth.api.signInEmail({
				body: { email: key, password: options.password },
				headers: options.headers
			});
			return result.user;
		} catch (error) {
			if (!(error instanceof APIError)) throw error;
		}
	}
	return null;
}

/**
 * Signs in with email and password, the app's only way in. The attempt is counted first (so that parallel
 * guesses cannot slip past the limit), on the client's real address and on the email at that address; a
 * successful sign-in takes its attempt back, so only failures stay counted. better-auth checks the password and
 * sets the session cookie; a person without an active membership is refused and their new session ended at once.
 */
export async function signInWithPassword(
	{ prisma, auth }: { prisma: PrismaClient; auth: Auth },
	options: { email: string; password: string; address: string; headers: Headers }
): Promise<SignInResult> {
	const keys = signInKeys(options.email, options.address);
	const wait = await hitRateLimit(prisma, [keys.address, keys.pair], signInLimit);
	if (wait > 0) return { ok: false, status: 429, error: 'auth.tooMany', wait };
	if (!options.email || !options.password) return { ok: false, status: 400, error: 'auth.wrongCredentials' };

	const user = await signInToAnAccount(prisma, auth, options);
	if (!user) return { ok: false, status: 400, error: 'auth.wrongCredentials' };
	await Promise.all([resetRateLimit(prisma, keys.pair), forgiveAttempt(prisma, keys.address)]);
	if (!(await viewerFor(prisma, user))) {
		await prisma.authSession.deleteMany({ where: { userId: user.id } });
		await announceRevocation(prisma, { userId: user.id });
		return { ok: false, status: 403, error: 'auth.inactive' };
	}
	return { ok: true };
}
