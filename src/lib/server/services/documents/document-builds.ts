import { AsyncLocalStorage } from 'node:async_hooks';
import { busy } from '../../errors';

export interface BuildQueueOptions {
	/** Builds running at once; the rest wait their turn. */
	concurrency: number;
	/** Builds that may wait; one more is refused (TOO_MANY_REQUESTS) rather than queued without end. */
	maxWaiting: number;
}

/**
 * A small queue for CPU-heavy builds. A build started inside another (the archive builds the closing report)
 * runs within its parent's turn instead of waiting behind it.
 */
export function createBuildQueue(options: BuildQueueOptions) {
	let running = 0;
	const waiting: (() => void)[] = [];
	const inside = new AsyncLocalStorage<true>();

	async function run<T>(build: () => Promise<T>): Promise<T> {
		if (inside.getStore()) return build();
		if (running < options.concurrency) running += 1;
		else if (waiting.length >= options.maxWaiting) throw busy();
		// The slot is handed over by the build that finishes, so `running` stays counted meanwhile.
		else await new Promise<void>((resolve) => waiting.push(resolve));
		try {
			// Let requests already waiting for the event loop go first.
			await new Promise((resolve) => setImmediate(resolve));
			return await inside.run(true, build);
		} finally {
			const next = waiting.shift();
			if (next) next();
			else running -= 1;
		}
	}

	return { run, stats: () => ({ running, waiting: waiting.length }) };
}

/**
 * Every document the app builds (closing report, Word exports, archive) goes through this one queue, so that
 * a burst of builds takes turns instead of holding the server from every other request.
 */
export const documentBuilds = createBuildQueue({ concurrency: 2, maxWaiting: 16 });

export const buildDocument = <T>(build: () => Promise<T>) => documentBuilds.run(build);
