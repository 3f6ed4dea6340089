import type { PrismaClient } from '../../db/generated/client';
import { hitRateLimit, type RateLimit } from '../../auth/rate-limit';
import { tooManyRequests } from '../../errors';

/** Per client address: enough for a family sharing one connection, not for guessing tokens. */
export const LINK_ADDRESS_LIMIT: RateLimit = { max: 30, windowMs: 10 * 60_000 };
/** Per token: a member opening and answering a few times over, not a flood. */
export const LINK_TOKEN_LIMIT: RateLimit = { max: 10, windowMs: 10 * 60_000 };

/** Counts one request to a link page, per address and per token (its hash), and refuses one over either limit. */
export async function limitLinkRequest(prisma: PrismaClient, tokenHash: string, address: string | null) {
	const [byAddress, byToken] = await Promise.all([
		hitRateLimit(prisma, [`self-report:ip:${address ?? 'unknown'}`], LINK_ADDRESS_LIMIT),
		hitRateLimit(prisma, [`self-report:token:${tokenHash}`], LINK_TOKEN_LIMIT)
	]);
	if (byAddress > 0 || byToken > 0) throw tooManyRequests('errors.selfReport.tooMany');
}
