import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { getRequestEvent } from '$app/server';
import { config } from '../config';
import type { PrismaClient } from '../db/generated/client';

export type Auth = ReturnType<typeof createAuth>;

function secret() {
	const value = config().betterAuthSecret;
	if (value) return value;
	if (config().production && config().databaseUrl)
		console.warn('BETTER_AUTH_SECRET is not set: using the built-in development secret');
	return 'groupwork-local-development-secret-7f1c2b9e4d8a6f03c5e1b7d9a2f4c6e8';
}

/** Email and password sign-in with database sessions. There is no public sign-up: admins create users. */
export function createAuth(prisma: PrismaClient) {
	return betterAuth({
		secret: secret(),
		baseURL: config().origin,
		database: prismaAdapter(prisma, { provider: 'postgresql' }),
		user: { fields: {} },
		session: { modelName: 'authSession', expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
		account: { modelName: 'authAccount' },
		verification: { modelName: 'authVerification' },
		emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
		rateLimit: {
			enabled: true,
			storage: 'database',
			modelName: 'rateLimit',
			window: 60,
			max: 100,
			customRules: { '/sign-in/email': { window: 60, max: 10 } }
		},
		advanced: {
			cookiePrefix: 'gw',
			defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' }
		},
		plugins: [sveltekitCookies(getRequestEvent)]
	});
}
