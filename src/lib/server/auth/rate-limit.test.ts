import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
	it('lets max attempts through in a window, then answers the seconds left', () => {
		const limiter = createRateLimiter({ max: 3, windowMs: 60_000 });
		const start = 1_000_000;
		expect([1, 2, 3].map((i) => limiter.hit('email:a@example.org', start + i))).toEqual([0, 0, 0]);
		expect(limiter.hit('email:a@example.org', start + 10_000)).toBe(51);
		expect(limiter.hit('email:a@example.org', start + 59_000)).toBe(2);
	});

	it('counts each key on its own', () => {
		const limiter = createRateLimiter({ max: 1, windowMs: 1_000 });
		expect(limiter.hit('ip:1', 0)).toBe(0);
		expect(limiter.hit('ip:2', 0)).toBe(0);
		expect(limiter.hit('ip:1', 1)).toBeGreaterThan(0);
		expect(limiter.hit('ip:2', 1)).toBeGreaterThan(0);
	});

	it('starts a new window once the old one is over', () => {
		const limiter = createRateLimiter({ max: 1, windowMs: 1_000 });
		expect(limiter.hit('k', 0)).toBe(0);
		expect(limiter.hit('k', 999)).toBe(1);
		expect(limiter.hit('k', 1_000)).toBe(0);
	});

	it('forgets a key on reset (a successful sign-in clears its email)', () => {
		const limiter = createRateLimiter({ max: 1, windowMs: 60_000 });
		limiter.hit('email:b', 0);
		expect(limiter.hit('email:b', 1)).toBeGreaterThan(0);
		limiter.reset('email:b');
		expect(limiter.hit('email:b', 2)).toBe(0);
	});

	it('drops expired keys when it holds many, so memory stays bounded', () => {
		const limiter = createRateLimiter({ max: 5, windowMs: 10 });
		for (let i = 0; i < 10_001; i++) limiter.hit(`ip:${i}`, 0);
		// All of those expired; the next new key triggers the clean-up and old keys start over.
		expect(limiter.hit('ip:new', 100)).toBe(0);
		for (let i = 0; i < 5; i++) expect(limiter.hit('ip:0', 100)).toBe(0);
		expect(limiter.hit('ip:0', 100)).toBeGreaterThan(0);
	});
});
