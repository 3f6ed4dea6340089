import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TRPCClientError } from '@trpc/client';
import type { PlanItemInput } from '$lib/domain/plan';

// The network is the only thing replaced: the planner's own merge and undo logic runs for real.
const server = vi.hoisted(() => ({
	save: vi.fn(),
	get: vi.fn(),
	subscribe: vi.fn()
}));
vi.mock('$lib/trpc/client', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/trpc/client')>();
	const plans = {
		save: { mutate: server.save },
		get: { query: server.get },
		onChange: { subscribe: server.subscribe }
	};
	return { ...actual, trpc: { plans }, trpcKeepalive: { plans } };
});

const { PlannerState } = await import('./planner-state.svelte');

const item = (id: string, minutes = 10): PlanItemInput => ({
	id,
	kind: 'FREE_TEXT',
	activityId: null,
	title: id,
	minutes,
	notes: ''
});
const messages = { merged: () => 'merged', updated: () => 'updated' };
const networkError = () => new TRPCClientError('fetch failed');

/** A server holding one plan; saves against an older version are merged like the real one does. */
function fakeServer(initial: PlanItemInput[]) {
	const state = { version: 1, items: initial };
	server.get.mockImplementation(async () => ({
		session: { version: state.version },
		items: state.items,
		activities: []
	}));
	server.save.mockImplementation(async (input: { items: PlanItemInput[] }) => {
		state.version++;
		state.items = input.items;
		return { version: state.version, items: state.items, merged: false };
	});
	return state;
}

beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('window', new EventTarget());
	server.subscribe.mockReturnValue({ unsubscribe: () => {} });
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.resetAllMocks();
});

describe('PlannerState undo', () => {
	it("undoes only my own step and keeps a co-leader's change merged in since", async () => {
		const saved = fakeServer([item('a'), item('b')]);
		const planner = new PlannerState('s1', { version: 1, items: saved.items }, [], messages);
		planner.update('a', { minutes: 25 });
		await vi.runAllTimersAsync();
		expect(saved.items[0].minutes).toBe(25);

		// The co-leader retitles b and adds c; the announcement brings their version in.
		saved.version = 5;
		saved.items = [{ ...saved.items[0] }, { ...item('b'), title: 'Theirs' }, item('c')];
		await planner.onRemoteChange(5);
		expect(planner.items.map((i) => i.title)).toEqual(['a', 'Theirs', 'c']);

		planner.undo();
		await vi.runAllTimersAsync();
		expect(saved.items).toEqual([item('a'), { ...item('b'), title: 'Theirs' }, item('c')]);
		expect(planner.canUndo).toBe(false);
	});

	it('undoes a removal by putting the item back where it was, among the items added since', async () => {
		const saved = fakeServer([item('a'), item('b'), item('c')]);
		const planner = new PlannerState('s1', { version: 1, items: saved.items }, [], messages);
		planner.remove('b');
		await vi.runAllTimersAsync();
		saved.version = 9;
		saved.items = [item('x'), ...saved.items];
		await planner.onRemoteChange(9);

		planner.undo();
		expect(planner.items.map((i) => i.id)).toEqual(['x', 'a', 'b', 'c']);
	});

	it('undoes steps one at a time, latest first', () => {
		fakeServer([item('a')]);
		const planner = new PlannerState('s1', { version: 1, items: [item('a')] }, [], messages);
		planner.update('a', { minutes: 20 });
		planner.update('a', { notes: 'cards' });
		planner.undo();
		expect(planner.items[0]).toMatchObject({ minutes: 20, notes: '' });
		planner.undo();
		expect(planner.items[0]).toEqual(item('a'));
	});
});

describe('PlannerState reconnect', () => {
	it('keeps an edit made offline and saves it when the connection is back', async () => {
		const saved = fakeServer([item('a')]);
		const planner = new PlannerState('s1', { version: 1, items: saved.items }, [], messages);
		const stop = planner.start();
		server.save.mockRejectedValueOnce(networkError());
		planner.update('a', { minutes: 40 });
		await vi.runAllTimersAsync();
		expect(planner.status).toBe('error');
		expect(saved.items[0].minutes).toBe(10);

		window.dispatchEvent(new Event('online'));
		await vi.runAllTimersAsync();
		expect(planner.status).toBe('saved');
		expect(saved.items[0].minutes).toBe(40);
		stop();
	});

	it('fetches the saved plan again when the live connection restarts, and shows what was missed', async () => {
		const saved = fakeServer([item('a')]);
		const planner = new PlannerState('s1', { version: 1, items: saved.items }, [], messages);
		planner.start();
		const { onStarted } = server.subscribe.mock.calls[0][1] as { onStarted: () => void };
		saved.version = 3;
		saved.items = [item('a'), item('missed')];
		onStarted();
		await vi.runAllTimersAsync();
		expect(planner.items.map((i) => i.id)).toEqual(['a', 'missed']);
		expect(planner.version).toBe(3);
	});
});
