import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callError, stubBrowser } from './queue-test-support';

// Only the network is replaced; the queue's keeping, resending and refusing run for real.
const server = vi.hoisted(() => ({ interaction: vi.fn(), observation: vi.fn(), conflict: vi.fn() }));
vi.mock('$lib/trpc/client', async (importOriginal) => ({
	...(await importOriginal<typeof import('$lib/trpc/client')>()),
	trpc: {
		interactions: { create: { mutate: server.interaction } },
		observations: { create: { mutate: server.observation } },
		conflicts: { create: { mutate: server.conflict } }
	}
}));

const { NotesQueue } = await import('./notes-queue.svelte');

/** A server that saves each key once, as the real one does, and refuses notes about `strangers`. */
function fakeServer(strangers: string[] = []) {
	const saved = new Map<string, { id: string; memberId?: string | null }>();
	const create = async (input: { key: string; memberId?: string | null; memberIds?: string[] }) => {
		const about = input.memberIds ?? (input.memberId ? [input.memberId] : []);
		if (about.some((id) => strangers.includes(id))) throw callError(400, 'sessionRun.memberNotInGroup');
		if (!saved.has(input.key)) saved.set(input.key, { id: `n${saved.size}`, memberId: input.memberId });
		return saved.get(input.key)!;
	};
	server.observation.mockImplementation(create);
	server.conflict.mockImplementation(create);
	server.interaction.mockImplementation(create);
	return saved;
}

const observation = (memberId: string | null, note = 'n') => ({
	kind: 'observation' as const,
	input: { memberId, note, tags: [] as string[] }
});

let browser: ReturnType<typeof stubBrowser>;
beforeEach(() => {
	vi.useFakeTimers();
	browser = stubBrowser();
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.resetAllMocks();
});

describe('NotesQueue', () => {
	it('sends a note at once when online and answers with the saved note', async () => {
		fakeServer();
		const notes = new NotesQueue('s1', () => {});
		notes.start();
		const outcome = await notes.send(observation('m1'));
		expect(outcome).toEqual({ status: 'saved', saved: { id: 'n0', memberId: 'm1' } });
		expect(notes.pending).toEqual([]);
	});

	it('queues notes taken offline (across a reload) and sends each exactly once when back online', async () => {
		const saved = fakeServer();
		const notes = new NotesQueue('s1', () => {});
		const stop = notes.start();
		browser.goOffline();
		expect((await notes.send(observation('m1'))).status).toBe('queued');
		expect(
			(
				await notes.send({
					kind: 'conflict',
					input: {
						memberIds: ['m1', 'm2'],
						type: 'EXCLUSION',
						severity: 2,
						description: 'd',
						handling: '',
						resolved: false,
						followUpAt: '2026-12-01'
					}
				})
			).status
		).toBe('queued');
		await vi.advanceTimersByTimeAsync(10_000);
		expect(saved.size).toBe(0);
		stop();

		const onSavedLater = vi.fn();
		const reloaded = new NotesQueue('s1', onSavedLater);
		reloaded.start();
		expect(reloaded.pending.map((n) => n.kind)).toEqual(['observation', 'conflict']);
		browser.goOnline();
		await vi.advanceTimersByTimeAsync(10_000);
		expect(saved.size).toBe(2);
		expect(server.conflict.mock.calls[0][0]).toMatchObject({ followUpAt: new Date('2026-12-01') });
		expect(reloaded.pending).toEqual([]);
		expect(browser.store.has('gw.notes.s1')).toBe(false);
		expect(onSavedLater).toHaveBeenCalledOnce();
	});

	it('resends with the same key when the answer was lost, so the server keeps one copy', async () => {
		const saved = fakeServer();
		const create = server.observation.getMockImplementation()!;
		// Saved, but the answer never arrives.
		server.observation.mockImplementationOnce(async (input) => {
			await create(input);
			throw callError(null);
		});
		const notes = new NotesQueue('s1', () => {});
		notes.start();
		expect((await notes.send(observation('m1'))).status).toBe('queued');
		await vi.advanceTimersByTimeAsync(5000);
		expect(server.observation).toHaveBeenCalledTimes(2);
		expect(server.observation.mock.calls[1][0].key).toBe(server.observation.mock.calls[0][0].key);
		expect(saved.size).toBe(1);
		expect(notes.pending).toEqual([]);
	});

	it('keeps notes when the sign-in expired (401) until it is sent after signing in again', async () => {
		const saved = fakeServer();
		server.observation.mockRejectedValueOnce(callError(401, 'errors.UNAUTHORIZED'));
		const notes = new NotesQueue('s1', () => {});
		notes.start();
		expect((await notes.send(observation(null))).status).toBe('queued');
		expect(notes.needsSignIn).toBe(true);
		await vi.advanceTimersByTimeAsync(5000);
		expect(saved.size).toBe(1);
		expect(notes.needsSignIn).toBe(false);
	});

	it('drops only a refused queued note, sends the others, and names the note refused', async () => {
		const saved = fakeServer(['stranger']);
		const notes = new NotesQueue('s1', () => {});
		notes.start();
		browser.goOffline();
		await notes.send(observation('m1'));
		await notes.send(observation('stranger'));
		await notes.send(observation('m2'));
		browser.goOnline();
		await vi.advanceTimersByTimeAsync(0);
		expect([...saved.values()].map((n) => n.memberId)).toEqual(['m1', 'm2']);
		expect(notes.pending).toEqual([]);
		expect(notes.refusals).toHaveLength(1);
		expect(notes.refusals[0]).toMatchObject({
			note: { input: { memberId: 'stranger' } },
			reason: 'sessionRun.memberNotInGroup'
		});
	});

	it('answers a refusal of a note just taken to the page and keeps nothing', async () => {
		fakeServer(['stranger']);
		const notes = new NotesQueue('s1', () => {});
		notes.start();
		const outcome = await notes.send(observation('stranger'));
		expect(outcome.status).toBe('refused');
		expect(notes.pending).toEqual([]);
		expect(notes.refusals).toEqual([]);
	});
});
