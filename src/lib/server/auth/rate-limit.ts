import { config } from '../config';
import type { PrismaClient } from '../db/generated/client';

export interface RateLimit {
	max: number;
	windowMs: number;
}

/** Keys of ours in the table better-auth also uses for its own endpoints. */
const PREFIX = 'gw-sign-in:';

/**
 * A fixed-window limiter for sign-in attempts, per client address and per email, counted in the database so that
 * every instance on one PostgreSQL shares the counts. One statement counts all the keys of an attempt; it answers
 * the seconds to wait when any key is over the limit, otherwise 0. A key's window starts at its first attempt
 * (`lastRequest` holds the window's start, in milliseconds).
 */
export async function hitRateLimit(
	prisma: PrismaClient,
	keys: string[],
	limit: RateLimit,
	now = Date.now()
): Promise<number> {
	const unique = [...new Set(keys)];
	const rows = await prisma.$queryRaw<{ count: number; started: bigint }[]>`
		INSERT INTO "rateLimit" ("id", "key", "count", "lastRequest")
		SELECT gen_random_uuid()::text, ${PREFIX} || k, 1, ${BigInt(now)}
		FROM jsonb_array_elements_text(${JSON.stringify(unique)}::jsonb) AS k
		ON CONFLICT ("key") DO UPDATE SET
			"count" = CASE WHEN "rateLimit"."lastRequest" <= ${BigInt(now - limit.windowMs)} THEN 1
				ELSE "rateLimit"."count" + 1 END,
			"lastRequest" = CASE WHEN "rateLimit"."lastRequest" <= ${BigInt(now - limit.windowMs)} THEN ${BigInt(now)}
				ELSE "rateLimit"."lastRequest" END
		RETURNING "count", "lastRequest" AS started`;
	// Now and then, forget windows that are over, so the table stays small.
	if (Math.random() < 0.01) await forgetExpired(prisma, now);
	const waits = rows
		.filter((row) => row.count > limit.max)
		.map((row) => Math.ceil((Number(row.started) + limit.windowMs - now) / 1000));
	return Math.max(0, ...waits);
}

/** Forgets a key's attempts (a successful sign-in clears its email and address pair). */
export async function resetRateLimit(prisma: PrismaClient, key: string) {
	await prisma.rateLimit.deleteMany({ where: { key: PREFIX + key } });
}

/** Takes back one attempt counted on a key (a successful sign-in is not held against its address). */
export async function forgiveAttempt(prisma: PrismaClient, key: string) {
	await prisma.$executeRaw`
		UPDATE "rateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${PREFIX + key}`;
}

/** Forgets every key that starts with this prefix (an admin unlocks an email from every address). */
export async function resetRateLimitsStartingWith(prisma: PrismaClient, prefix: string) {
	const { count } = await prisma.rateLimit.deleteMany({ where: { key: { startsWith: PREFIX + prefix } } });
	return count;
}

/** Of these key prefixes, the ones that have a key over the limit in its current window. */
export async function prefixesOverLimit(
	prisma: PrismaClient,
	prefixes: string[],
	limit: RateLimit,
	now = Date.now()
): Promise<Set<string>> {
	if (!prefixes.length) return new Set();
	const rows = await prisma.rateLimit.findMany({
		where: {
			OR: prefixes.map((prefix) => ({ key: { startsWith: PREFIX + prefix } })),
			count: { gt: limit.max },
			lastRequest: { gt: BigInt(now - limit.windowMs) }
		},
		select: { key: true }
	});
	return new Set(prefixes.filter((prefix) => rows.some((row) => row.key.startsWith(PREFIX + prefix))));
}

/** Longer than any limit's window: keys of other limits (an hour for emails in use) outlive a sign-in minute. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;

async function forgetExpired(prisma: PrismaClient, now: number) {
	await prisma.rateLimit.deleteMany({
		where: { key: { startsWith: PREFIX }, lastRequest: { lte: BigInt(now - FORGET_AFTER_MS) } }
	});
}

export const signInLimit: RateLimit = {
	// Read on use: importing this module must not read the configuration before a script has set it.
	get max() {
		return config().signInRateLimit;
	},
	windowMs: 60_000
};
