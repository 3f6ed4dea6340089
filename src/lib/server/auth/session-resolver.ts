import type { PrismaClient } from '../db/generated/client';
import type { RealtimeBus } from '../realtime/bus';
import type { Viewer } from '../../domain/viewer';
import { viewerFor } from '../trpc/context';
import type { Auth } from './auth';
import { findSessionViewer } from './find-session-viewer';
import { SessionCache } from './session-cache';
import { verifySessionCookie } from './session-cookie';
import {
	announceRevocation,
	registerSessionCache,
	revocationSchema,
	SESSION_REVOKED_CHANNEL
} from './session-revocation';

/** What the resolver reads of a request: its cookies (decoded, by name) and its headers (for better-auth). */
export interface SessionRequest {
	cookie(name: string): string | undefined;
	headers: Headers;
}

export interface SessionResolverOptions {
	prisma: PrismaClient;
	auth: Auth;
	/** Carries revocations from other instances. */
	bus: RealtimeBus;
	maxEntries?: number;
	ttlMs?: number;
	now?: () => number;
}

export type SessionResolver = Awaited<ReturnType<typeof createSessionResolver>>;

/**
 * Who is asking, for each request: the session cookie's signature is checked with better-auth's secret, then
 * the session, person, membership and organization are read in one statement and kept in a bounded cache until
 * a revocation on the bus, the bus's own outage, the entry's age or the session's sliding refresh ends them.
 * Whatever the fast path does not cover (an expired session to clean up, a session to extend, cookies the app
 * never sets) goes through better-auth's getSession as before.
 */
export async function createSessionResolver(options: SessionResolverOptions) {
	const { prisma, auth, bus } = options;
	const now = options.now ?? Date.now;
	const context = await auth.$context;
	const cookies = {
		token: context.authCookies.sessionToken.name,
		dontRemember: context.authCookies.dontRememberToken.name,
		data: context.authCookies.sessionData.name
	};
	const { expiresIn, updateAge } = context.sessionConfig;
	const cache = new SessionCache({
		maxEntries: options.maxEntries ?? 10_000,
		ttlMs: options.ttlMs ?? 60_000,
		connection: () => (bus.connection ? bus.connection() : 0),
		now
	});
	const unregister = registerSessionCache(prisma, cache);
	const listening = new AbortController();
	void (async () => {
		for await (const payload of bus.subscribe(SESSION_REVOKED_CHANNEL, listening.signal)) {
			const revocation = revocationSchema.safeParse(payload);
			// An unreadable revocation still revokes: forget everything rather than guess.
			cache.invalidate(revocation.success ? revocation.data : { all: true });
		}
	})();

	/** Ends a session whose person has no active membership (deactivated, or never a member). */
	async function endSession(sessionId: string) {
		await prisma.authSession.deleteMany({ where: { id: sessionId } });
		await announceRevocation(prisma, { sessionId });
	}

	/** better-auth's own path: it deletes an expired session and its cookie, or extends a session due for it. */
	async function throughBetterAuth(request: SessionRequest): Promise<Viewer | null> {
		const current = await auth.api.getSession({ headers: request.headers });
		if (!current) return null;
		const viewer = await viewerFor(prisma, current.user, current.session.id);
		if (!viewer) await endSession(current.session.id);
		return viewer;
	}

	async function resolve(request: SessionRequest): Promise<Viewer | null> {
		const cookie = verifySessionCookie(request.cookie(cookies.token), context.secret);
		if (!cookie) return null;
		if (request.cookie(cookies.dontRemember) !== undefined || request.cookie(cookies.data) !== undefined)
			return throughBetterAuth(request);
		const cached = cache.get(cookie.mac);
		if (cached) return cached.viewer;
		const ticket = cache.ticket();
		const found = await findSessionViewer(prisma, cookie.token);
		if (!found) return null;
		const refreshAt = found.expiresAt.getTime() - expiresIn * 1000 + updateAge * 1000;
		if (found.expiresAt.getTime() <= now() || refreshAt <= now()) return throughBetterAuth(request);
		if (!found.viewer) {
			await endSession(found.sessionId);
			return null;
		}
		cache.store(cookie.mac, { viewer: found.viewer, refreshAt }, ticket);
		return found.viewer;
	}

	return {
		resolve,
		/** How many sessions the cache holds (tests, diagnostics). */
		get cached() {
			return cache.size;
		},
		close() {
			listening.abort();
			unregister();
			cache.clear();
		}
	};
}
