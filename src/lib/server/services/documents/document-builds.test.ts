import { describe, expect, it } from 'vitest';
import type { AppError } from '../../errors';
import { createBuildQueue } from './document-builds';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createBuildQueue', () => {
	it('runs at most `concurrency` builds at once and all of them in turn', async () => {
		const queue = createBuildQueue({ concurrency: 2, maxWaiting: 10 });
		let now = 0;
		let peak = 0;
		const build = async (n: number) => {
			now += 1;
			peak = Math.max(peak, now);
			await tick();
			now -= 1;
			return n;
		};
		const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => queue.run(() => build(n))));
		expect(results).toEqual([1, 2, 3, 4, 5, 6]);
		expect(peak).toBe(2);
		expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
	});

	it('refuses a build beyond the waiting room with TOO_MANY_REQUESTS, and frees its slot after a failure', async () => {
		const queue = createBuildQueue({ concurrency: 1, maxWaiting: 1 });
		const first = queue.run(async () => {
			await tick();
			throw new Error('build failed');
		});
		const second = queue.run(async () => 'second');
		const third = queue.run(async () => 'third').catch((error: unknown) => error);
		expect(((await third) as AppError).code).toBe('TOO_MANY_REQUESTS');
		await expect(first).rejects.toThrow('build failed');
		expect(await second).toBe('second');
		expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
	});

	it('runs a build started inside another build at once instead of waiting behind it', async () => {
		const queue = createBuildQueue({ concurrency: 1, maxWaiting: 0 });
		const outer = await queue.run(async () => `outer+${await queue.run(async () => 'inner')}`);
		expect(outer).toBe('outer+inner');
	});
});
