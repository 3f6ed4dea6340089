import { z } from 'zod';
import type { PrismaClient } from '../db/generated/client';
import { PG_CHANNEL } from '../realtime/bus';
import type { Revocation, SessionCache } from './session-cache';

/** The realtime channel that carries revocations to every instance's session cache. */
export const SESSION_REVOKED_CHANNEL = 'auth:session-revoked';

export const revocationSchema: z.ZodType<Revocation> = z.union([
	z.object({ sessionId: z.string() }).strict(),
	z.object({ userId: z.string() }).strict(),
	z.object({ organizationId: z.string() }).strict(),
	z.object({ all: z.literal(true) }).strict()
]);

/** The caches of this process, by the database client they read: a revocation written through it reaches them at once. */
const caches = new WeakMap<PrismaClient, Set<SessionCache>>();

export function registerSessionCache(prisma: PrismaClient, cache: SessionCache) {
	const set = caches.get(prisma) ?? new Set();
	set.add(cache);
	caches.set(prisma, set);
	return () => set.delete(cache);
}

/**
 * Tells every instance that what a signed-in person may do has changed: the session caches forget the sessions it
 * names. Called after the change is committed (an earlier call would let a request read the old rows again and
 * cache them). This process's caches forget at once; the others hear it through PostgreSQL's NOTIFY on the same
 * database the change was written to, which the realtime bus of every instance LISTENs to (a no-op on PGlite,
 * where there is only one instance).
 */
export async function announceRevocation(prisma: PrismaClient, revocation: Revocation) {
	for (const cache of caches.get(prisma) ?? []) cache.invalidate(revocation);
	const message = JSON.stringify({ from: 'database', channel: SESSION_REVOKED_CHANNEL, payload: revocation });
	await prisma.$queryRaw`SELECT pg_notify(${PG_CHANNEL}, ${message})::text AS sent`;
}
