import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callError } from '../session-run/queue-test-support';

// Only the network is replaced; the editor's batching, resending and refusing run for real.
const server = vi.hoisted(() => ({ update: vi.fn() }));
vi.mock('$lib/trpc/client', async (importOriginal) => ({
	...(await importOriginal<typeof import('$lib/trpc/client')>()),
	trpc: { debriefs: { update: { mutate: server.update } } }
}));

const { DebriefSync } = await import('./debrief-sync.svelte');
const empty = () => Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())).toString('base64');

describe('debrief sync', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		server.update.mockReset();
	});
	afterEach(() => vi.useRealTimers());

	it('resends an edit refused because another writer saved at the same moment', async () => {
		server.update.mockRejectedValueOnce(callError(409, 'debrief.busy')).mockResolvedValue({ version: 2 });
		const sync = new DebriefSync('s1', empty());
		sync.doc.getText('wentWell').insert(0, '热身顺利');
		await vi.advanceTimersByTimeAsync(200);
		expect(sync.saveState).toBe('unsaved');
		await vi.advanceTimersByTimeAsync(2000);
		expect(server.update).toHaveBeenCalledTimes(2);
		expect(sync.saveState).toBe('saved');
		expect(sync.error).toBeNull();
	});

	it('stops sending and says so once the record is signed off and locked', async () => {
		server.update.mockRejectedValue(callError(409, 'review.locked'));
		const sync = new DebriefSync('s1', empty());
		sync.doc.getText('wentWell').insert(0, '事后改写');
		await vi.advanceTimersByTimeAsync(200);
		await vi.advanceTimersByTimeAsync(60_000);
		expect(server.update).toHaveBeenCalledTimes(1);
		expect(sync.error).toBe('review.locked');
		expect(sync.saveState).toBe('unsaved');
	});
});
