import { APIError } from 'better-auth/api';
import { database } from '../db';
import { viewerFor } from '../trpc/context';
import { getAuth } from '.';
import { hitRateLimit, resetRateLimit, signInLimit } from './rate-limit';

export type SignInResult =
	| { ok: true }
	| { ok: false; status: 429; error: 'auth.tooMany'; wait: number }
	| { ok: false; status: 400; error: 'auth.wrongCredentials' }
	| { ok: false; status: 403; error: 'auth.inactive' };

/**
 * Signs in with email and password: counts the attempt against the address and the email (shared by every
 * instance), lets better-auth check the password and set the session cookie, and refuses a person without an
 * active membership (their new session is ended at once). A successful sign-in clears the email's count.
 */
export async function signInWithPassword(options: {
	email: string;
	password: string;
	address: string;
	headers: Headers;
}): Promise<SignInResult> {
	const { prisma } = await database();
	const keys = [`ip:${options.address}`, `email:${options.email}`];
	const wait = await hitRateLimit(prisma, keys, signInLimit);
	if (wait > 0) return { ok: false, status: 429, error: 'auth.tooMany', wait };
	if (!options.email || !options.password) return { ok: false, status: 400, error: 'auth.wrongCredentials' };

	const auth = await getAuth();
	let user: { id: string; name: string; email: string };
	try {
		const result = await auth.api.signInEmail({
			body: { email: options.email, password: options.password },
			headers: options.headers
		});
		user = result.user;
	} catch (error) {
		if (error instanceof APIError) return { ok: false, status: 400, error: 'auth.wrongCredentials' };
		throw error;
	}
	if (!(await viewerFor(prisma, user))) {
		await prisma.authSession.deleteMany({ where: { userId: user.id } });
		return { ok: false, status: 403, error: 'auth.inactive' };
	}
	await resetRateLimit(prisma, `email:${options.email}`);
	return { ok: true };
}
