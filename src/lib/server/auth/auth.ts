import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { getRequestEvent } from '$app/server';
import { config } from '../config';
import type { PrismaClient } from '../db/generated/client';
import { PASSWORD_LENGTH, passwordProblem } from './password-policy';
import { announceRevocation } from './session-revocation';

export type Auth = ReturnType<typeof createAuth>;

function secret() {
	const value = config().betterAuthSecret;
	if (value) return value;
	if (config().production && config().databaseUrl)
		console.warn('BETTER_AUTH_SECRET is not set: using the built-in development secret');
	return 'groupwork-local-development-secret-7f1c2b9e4d8a6f03c5e1b7d9a2f4c6e8';
}

const SETS_PASSWORD = new Set(['/sign-up/email', '/change-password', '/set-password', '/reset-password']);

/** The app's password policy on better-auth's own ways of setting a password, should one ever be called. */
const passwordPolicy = createAuthMiddleware(async (ctx) => {
	if (!SETS_PASSWORD.has(ctx.path)) return;
	const body = (ctx.body ?? {}) as {
		password?: unknown;
		newPassword?: unknown;
		email?: unknown;
		name?: unknown;
	};
	const password = body.newPassword ?? body.password;
	const related = [body.email, body.name].filter((v): v is string => typeof v === 'string');
	const problem = typeof password === 'string' ? passwordProblem(password, related) : 'auth.passwordTooShort';
	if (problem) throw new APIError('BAD_REQUEST', { message: problem });
});

/** The request being handled, or none (a script, a test): then no cookie is set, which is all the plugin needs. */
function currentRequestEvent() {
	try {
		return getRequestEvent();
	} catch {
		return null as unknown as ReturnType<typeof getRequestEvent>;
	}
}

/** Email and password sign-in with database sessions. There is no public sign-up: admins create users. */
export function createAuth(prisma: PrismaClient) {
	return betterAuth({
		secret: secret(),
		baseURL: config().origin,
		database: prismaAdapter(prisma, { provider: 'postgresql' }),
		// better-auth's unique "email" is the account's key; the address itself is `email`, shared by the accounts a
		// person may have in several organizations (services/users/create-user.ts).
		user: { fields: { email: 'authKey' } },
		session: { modelName: 'authSession', expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
		account: { modelName: 'authAccount' },
		verification: { modelName: 'authVerification' },
		emailAndPassword: {
			enabled: true,
			disableSignUp: true,
			minPasswordLength: PASSWORD_LENGTH.min,
			maxPasswordLength: PASSWORD_LENGTH.max
		},
		// Its HTTP endpoints are not mounted (see hooks.server.ts): sign-in attempts are limited by the app itself.
		rateLimit: { enabled: false },
		hooks: { before: passwordPolicy },
		// Whatever better-auth itself ends or changes (a sign-out, sessions revoked on a password change, a person's
		// profile) leaves every instance's session cache at once.
		databaseHooks: {
			session: { delete: { after: (session) => announceRevocation(prisma, { sessionId: session.id }) } },
			user: {
				update: { after: (user) => announceRevocation(prisma, { userId: user.id }) },
				delete: { after: (user) => announceRevocation(prisma, { userId: user.id }) }
			}
		},
		advanced: {
			cookiePrefix: 'gw',
			defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' }
		},
		plugins: [sveltekitCookies(currentRequestEvent)]
	});
}
