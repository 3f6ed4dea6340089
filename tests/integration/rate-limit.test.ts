import { expect, it } from 'vitest';
import {
	forgiveAttempt,
	hitRateLimit,
	prefixesOverLimit,
	resetRateLimit,
	resetRateLimitsStartingWith
} from '../../src/lib/server/auth/rate-limit';
import { onEachDatabase } from './support/databases';

onEachDatabase(
	'sign-in rate limit',
	async () => ({}),
	(world) => {
		const minute = { max: 3, windowMs: 60_000 };

		it('lets max attempts through in a window, then answers the seconds left', async () => {
			const { db } = world();
			const start = 1_000_000;
			const key = ['email:a@example.org'];
			for (const i of [1, 2, 3]) expect(await hitRateLimit(db.prisma, key, minute, start + i)).toBe(0);
			expect(await hitRateLimit(db.prisma, key, minute, start + 10_000)).toBe(51);
			expect(await hitRateLimit(db.prisma, key, minute, start + 59_000)).toBe(2);
		});

		it('counts each key on its own, and an attempt over any of its keys waits', async () => {
			const { db } = world();
			const one = { max: 1, windowMs: 1_000 };
			expect(await hitRateLimit(db.prisma, ['ip:1', 'email:x'], one, 0)).toBe(0);
			expect(await hitRateLimit(db.prisma, ['ip:2', 'email:y'], one, 0)).toBe(0);
			// Same address, new email: the address is over its limit.
			expect(await hitRateLimit(db.prisma, ['ip:1', 'email:z'], one, 1)).toBe(1);
			expect(await hitRateLimit(db.prisma, ['ip:3', 'email:w'], one, 1)).toBe(0);
		});

		it('starts a new window once the old one is over', async () => {
			const { db } = world();
			const one = { max: 1, windowMs: 1_000 };
			expect(await hitRateLimit(db.prisma, ['k'], one, 0)).toBe(0);
			expect(await hitRateLimit(db.prisma, ['k'], one, 999)).toBe(1);
			expect(await hitRateLimit(db.prisma, ['k'], one, 1_000)).toBe(0);
		});

		it('forgets a key on reset (a successful sign-in clears its email)', async () => {
			const { db } = world();
			const one = { max: 1, windowMs: 60_000 };
			await hitRateLimit(db.prisma, ['email:b'], one, 0);
			expect(await hitRateLimit(db.prisma, ['email:b'], one, 1)).toBeGreaterThan(0);
			await resetRateLimit(db.prisma, 'email:b');
			expect(await hitRateLimit(db.prisma, ['email:b'], one, 2)).toBe(0);
		});

		it('counts attempts made at the same moment (several instances share the count)', async () => {
			const { db } = world();
			const limit = { max: 5, windowMs: 60_000 };
			const waits = await Promise.all(
				Array.from({ length: 8 }, () => hitRateLimit(db.prisma, ['ip:burst'], limit, 5_000))
			);
			expect(waits.filter((w) => w === 0)).toHaveLength(5);
			expect(waits.filter((w) => w === 60)).toHaveLength(3);
		});

		it('takes back one attempt (a success is not held against its address)', async () => {
			const { db } = world();
			const one = { max: 1, windowMs: 60_000 };
			expect(await hitRateLimit(db.prisma, ['ip:forgive'], one, 0)).toBe(0);
			await forgiveAttempt(db.prisma, 'ip:forgive');
			expect(await hitRateLimit(db.prisma, ['ip:forgive'], one, 1)).toBe(0);
			expect(await hitRateLimit(db.prisma, ['ip:forgive'], one, 2)).toBeGreaterThan(0);
		});

		it('finds and forgets the keys of one email at every address', async () => {
			const { db } = world();
			const one = { max: 1, windowMs: 60_000 };
			const now = Date.now();
			for (const address of ['1', '2']) {
				await hitRateLimit(db.prisma, [`email:p@x.org|ip:${address}`], one, now);
				await hitRateLimit(db.prisma, [`email:p@x.org|ip:${address}`], one, now);
			}
			await hitRateLimit(db.prisma, ['email:q@x.org|ip:1'], one, now);
			const over = await prefixesOverLimit(db.prisma, ['email:p@x.org|', 'email:q@x.org|'], one, now);
			expect([...over]).toEqual(['email:p@x.org|']);
			expect(await resetRateLimitsStartingWith(db.prisma, 'email:p@x.org|')).toBe(2);
			expect(await prefixesOverLimit(db.prisma, ['email:p@x.org|'], one, now)).toEqual(new Set());
		});
	}
);
