/**
 * A fixed-window limiter for sign-in attempts, per client address and per email, kept in memory.
 * Several instances each keep their own counts (documented in the README).
 */
export function createRateLimiter(options: { max: number; windowMs: number }) {
	const hits = new Map<string, { count: number; resetAt: number }>();
	return {
		/** Counts one attempt; returns the seconds to wait when over the limit, otherwise 0. */
		hit(key: string, now = Date.now()): number {
			const entry = hits.get(key);
			if (!entry || entry.resetAt <= now) {
				hits.set(key, { count: 1, resetAt: now + options.windowMs });
				if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
				return 0;
			}
			entry.count += 1;
			return entry.count > options.max ? Math.ceil((entry.resetAt - now) / 1000) : 0;
		},
		reset(key: string) {
			hits.delete(key);
		}
	};
}

export const signInLimiter = createRateLimiter({
	max: Number(process.env.SIGN_IN_RATE_LIMIT ?? 10),
	windowMs: 60_000
});
