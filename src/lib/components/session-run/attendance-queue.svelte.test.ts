import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callError, stubBrowser } from './queue-test-support';

// Only the network is replaced; the queue's own keeping, resending and refusing run for real.
const server = vi.hoisted(() => ({ mark: vi.fn(), list: vi.fn(), subscribe: vi.fn() }));
vi.mock('$lib/trpc/client', async (importOriginal) => ({
	...(await importOriginal<typeof import('$lib/trpc/client')>()),
	trpc: {
		attendance: {
			mark: { mutate: server.mark },
			list: { query: server.list },
			onChange: { subscribe: server.subscribe }
		}
	}
}));

const { AttendanceQueue } = await import('./attendance-queue.svelte');

type Change = { key: string; memberId: string; status: string; minutesLate: number | null };
const NOT_IN_GROUP = 'sessionRun.memberNotInGroup';

/** A server that saves what it is sent, refusing changes for the members in `strangers`. */
function fakeServer(strangers: string[] = []) {
	const saved = new Map<string, string>();
	server.mark.mockImplementation(async ({ changes }: { changes: Change[] }) => {
		const refused = changes.filter((c) => strangers.includes(c.memberId));
		for (const c of changes) if (!strangers.includes(c.memberId)) saved.set(c.memberId, c.status);
		return {
			applied: changes.filter((c) => !refused.includes(c)).map((c) => c.key),
			refused: refused.map((c) => ({ key: c.key, memberId: c.memberId, reason: NOT_IN_GROUP })),
			attendance: [...saved].map(([memberId, status]) => ({ memberId, status, minutesLate: null }))
		};
	});
	server.list.mockImplementation(async () =>
		[...saved].map(([memberId, status]) => ({ memberId, status, minutesLate: null }))
	);
	return saved;
}

let browser: ReturnType<typeof stubBrowser>;
beforeEach(() => {
	vi.useFakeTimers();
	browser = stubBrowser();
	server.subscribe.mockReturnValue({ unsubscribe: () => {} });
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.resetAllMocks();
});

describe('AttendanceQueue', () => {
	it('keeps marks taken offline (across a reload) and sends them once the connection is back', async () => {
		const saved = fakeServer();
		const queue = new AttendanceQueue('s1', []);
		const stop = queue.start();
		browser.goOffline();
		queue.mark({ memberId: 'm1', status: 'PRESENT' }, { memberId: 'm2', status: 'ABSENT' });
		await vi.advanceTimersByTimeAsync(10_000);
		expect(server.mark).not.toHaveBeenCalled();
		expect(queue.current.m1).toMatchObject({ status: 'PRESENT', unsaved: true });
		stop();

		// The page is reloaded while still offline: the marks come back from the device.
		const reloaded = new AttendanceQueue('s1', []);
		const onReconnect = vi.fn();
		reloaded.start(onReconnect);
		expect(reloaded.pending).toHaveLength(2);
		browser.goOnline();
		await vi.advanceTimersByTimeAsync(0);
		expect(Object.fromEntries(saved)).toEqual({ m1: 'PRESENT', m2: 'ABSENT' });
		expect(reloaded.pending).toEqual([]);
		expect(browser.store.has('gw.attendance.s1')).toBe(false);
		expect(onReconnect).toHaveBeenCalledOnce();
	});

	it('keeps marks when the sign-in expired (401) and sends them after signing in again', async () => {
		const saved = fakeServer();
		const queue = new AttendanceQueue('s1', []);
		queue.start();
		await vi.advanceTimersByTimeAsync(0);
		server.mark.mockRejectedValueOnce(callError(401, 'errors.UNAUTHORIZED'));
		queue.mark({ memberId: 'm1', status: 'LATE', minutesLate: 5 });
		await vi.advanceTimersByTimeAsync(0);
		expect(queue.needsSignIn).toBe(true);
		expect(queue.pending).toHaveLength(1);
		expect(queue.refusals).toEqual([]);
		expect(server.mark).toHaveBeenCalledTimes(1);

		// Signed in again (another tab); the retry sends it with the same key.
		await vi.advanceTimersByTimeAsync(5000);
		expect(saved.get('m1')).toBe('LATE');
		expect(queue.needsSignIn).toBe(false);
		expect(queue.pending).toEqual([]);
		const keys = server.mark.mock.calls.map(([input]) => (input as { changes: Change[] }).changes[0].key);
		expect(new Set(keys).size).toBe(1);
	});

	it('keeps marks through a server error and does not hammer the server', async () => {
		fakeServer();
		const queue = new AttendanceQueue('s1', []);
		queue.start();
		server.mark.mockRejectedValue(callError(503, 'errors.INTERNAL_SERVER_ERROR'));
		queue.mark({ memberId: 'm1', status: 'PRESENT' });
		await vi.advanceTimersByTimeAsync(100);
		expect(server.mark).toHaveBeenCalledTimes(1);
		expect(queue.pending).toHaveLength(1);
		expect(queue.refusals).toEqual([]);
	});

	it('drops only the refused change of a batch, saves the others, and says which member it was', async () => {
		const saved = fakeServer(['stranger']);
		const queue = new AttendanceQueue('s1', []);
		queue.start();
		browser.goOffline();
		queue.mark({ memberId: 'm1', status: 'PRESENT' }, { memberId: 'stranger', status: 'PRESENT' });
		queue.mark({ memberId: 'm2', status: 'EXCUSED' });
		browser.goOnline();
		await vi.advanceTimersByTimeAsync(0);
		expect(Object.fromEntries(saved)).toEqual({ m1: 'PRESENT', m2: 'EXCUSED' });
		expect(queue.pending).toEqual([]);
		expect(queue.refusals).toEqual([{ memberId: 'stranger', reason: NOT_IN_GROUP }]);
	});

	it('finds the one change a refused call was about by sending the batch one by one', async () => {
		const saved = fakeServer();
		const realMark = server.mark.getMockImplementation()!;
		// This server refuses any call that contains m2's change as a whole (as a validation error would).
		server.mark.mockImplementation(async (input: { changes: Change[] }) => {
			if (input.changes.some((c) => c.memberId === 'm2')) throw callError(403, 'errors.FORBIDDEN');
			return realMark(input);
		});
		const queue = new AttendanceQueue('s1', []);
		queue.start();
		browser.goOffline();
		queue.mark(
			{ memberId: 'm1', status: 'PRESENT' },
			{ memberId: 'm2', status: 'PRESENT' },
			{ memberId: 'm3', status: 'LATE' }
		);
		browser.goOnline();
		await vi.advanceTimersByTimeAsync(0);
		expect(Object.fromEntries(saved)).toEqual({ m1: 'PRESENT', m3: 'LATE' });
		expect(queue.refusals).toEqual([{ memberId: 'm2', reason: 'errors.FORBIDDEN' }]);
		expect(queue.pending).toEqual([]);
	});

	it('fetches the saved attendance again when the live connection restarts', async () => {
		const saved = fakeServer();
		const queue = new AttendanceQueue('s1', []);
		const onReconnect = vi.fn();
		queue.start(onReconnect);
		const { onStarted } = server.subscribe.mock.calls[0][1] as { onStarted: () => void };
		onStarted();
		expect(onReconnect).not.toHaveBeenCalled();
		saved.set('m9', 'ABSENT');
		onStarted();
		await vi.advanceTimersByTimeAsync(0);
		expect(queue.current.m9).toMatchObject({ status: 'ABSENT', unsaved: false });
		expect(onReconnect).toHaveBeenCalledOnce();
	});

	it('keeps an absence reason and note taken offline (across a reload) and sends them with the change', async () => {
		const rows = new Map<string, Record<string, unknown>>();
		server.mark.mockImplementation(async ({ changes }: { changes: (Change & Record<string, unknown>)[] }) => {
			for (const c of changes) rows.set(c.memberId, { ...c, key: undefined });
			return { applied: changes.map((c) => c.key), refused: [], attendance: [...rows.values()] };
		});
		const queue = new AttendanceQueue('s1', []);
		const stop = queue.start();
		browser.goOffline();
		queue.mark({ memberId: 'm1', status: 'EXCUSED', absenceReason: 'ILL', note: '发烧' });
		expect(queue.current.m1).toMatchObject({ status: 'EXCUSED', absenceReason: 'ILL', unsaved: true });
		stop();

		const reloaded = new AttendanceQueue('s1', []);
		reloaded.start();
		browser.goOnline();
		await vi.advanceTimersByTimeAsync(0);
		const sent = (server.mark.mock.calls[0][0] as { changes: Record<string, unknown>[] }).changes[0];
		expect(sent).toMatchObject({ memberId: 'm1', status: 'EXCUSED', absenceReason: 'ILL', note: '发烧' });
		expect(reloaded.current.m1).toEqual({
			memberId: 'm1',
			status: 'EXCUSED',
			minutesLate: null,
			absenceReason: 'ILL',
			note: '发烧',
			unsaved: false
		});
	});

	it('drops a change whose reason the server refuses (400) and saves the rest of the batch', async () => {
		const saved = fakeServer();
		const realMark = server.mark.getMockImplementation()!;
		server.mark.mockImplementation(async (input: { changes: (Change & { absenceReason?: string })[] }) => {
			if (input.changes.some((c) => c.absenceReason === 'BORED'))
				throw callError(400, 'errors.field.invalid');
			return realMark(input);
		});
		const queue = new AttendanceQueue('s1', []);
		queue.start();
		browser.goOffline();
		queue.mark(
			{ memberId: 'm1', status: 'ABSENT', absenceReason: 'TRANSPORT' },
			{ memberId: 'm2', status: 'ABSENT', absenceReason: 'BORED' as never }
		);
		browser.goOnline();
		await vi.advanceTimersByTimeAsync(0);
		expect(Object.fromEntries(saved)).toEqual({ m1: 'ABSENT' });
		expect(queue.refusals).toEqual([{ memberId: 'm2', reason: 'errors.field.invalid' }]);
		expect(queue.pending).toEqual([]);
	});
});
