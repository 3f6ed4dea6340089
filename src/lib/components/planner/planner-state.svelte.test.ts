import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TRPCClientError } from '@trpc/client';
import type { PlanItemInput } from '$lib/domain/plan';
import { callError, stubBrowser } from '../session-run/queue-test-support';

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
const messages = { merged: () => 'merged', updated: () => 'updated', restored: () => 'restored' };
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

describe('PlannerState edits kept on the device', () => {
	const draftKey = 'gw.plan.s1';

	it('keeps an edit whose save failed, restores it after a reload, saves it on its own base, then forgets it', async () => {
		const browser = stubBrowser();
		const saved = fakeServer([item('a')]);
		const first = new PlannerState('s1', { version: 1, items: saved.items }, [], messages);
		first.start();
		server.save.mockRejectedValueOnce(networkError());
		first.update('a', { minutes: 40 });
		await vi.runAllTimersAsync();
		expect(first.status).toBe('error');
		expect(first.waitingOnDevice).toBe(true);
		expect(JSON.parse(browser.store.get(draftKey)!)).toEqual({
			version: 1,
			baseItems: [item('a')],
			items: [item('a', 40)]
		});
		// Edits after the failure are kept too.
		first.update('a', { notes: 'bring cards' });
		expect(JSON.parse(browser.store.get(draftKey)!).items).toEqual([
			{ ...item('a', 40), notes: 'bring cards' }
		]);
		first.dispose();

		// The page is opened again (a reload): the server still has version 1.
		server.save.mockClear();
		const second = new PlannerState('s1', { version: 1, items: saved.items }, [], messages);
		second.start();
		expect(second.items).toEqual([{ ...item('a', 40), notes: 'bring cards' }]);
		expect(second.announcement).toBe('restored');
		await vi.runAllTimersAsync();
		expect(server.save).toHaveBeenCalledWith(
			expect.objectContaining({ sessionId: 's1', baseVersion: 1, baseItems: [item('a')] })
		);
		expect(saved.items).toEqual([{ ...item('a', 40), notes: 'bring cards' }]);
		expect(second.status).toBe('saved');
		expect(browser.store.has(draftKey)).toBe(false);
	});

	it('keeps every edit made offline, and none while saves land', async () => {
		const browser = stubBrowser();
		const saved = fakeServer([item('a')]);
		const planner = new PlannerState('s1', { version: 1, items: saved.items }, [], messages);
		planner.update('a', { minutes: 15 });
		expect(browser.store.has(draftKey)).toBe(false);
		await vi.runAllTimersAsync();
		expect(saved.items[0].minutes).toBe(15);

		browser.goOffline();
		server.save.mockRejectedValue(networkError());
		planner.update('a', { minutes: 30 });
		expect(JSON.parse(browser.store.get(draftKey)!)).toMatchObject({ version: 2, items: [item('a', 30)] });
		await vi.runAllTimersAsync();
		expect(planner.status).toBe('error');
		expect(browser.store.has(draftKey)).toBe(true);
	});

	it('keeps unsaved edits when the page is left before the save is answered', () => {
		const browser = stubBrowser();
		fakeServer([item('a')]);
		const planner = new PlannerState('s1', { version: 1, items: [item('a')] }, [], messages);
		planner.update('a', { minutes: 50 });
		planner.flush();
		expect(JSON.parse(browser.store.get(draftKey)!).items).toEqual([item('a', 50)]);
	});

	it('forgets an edit the server refused for what it is, and shows why', async () => {
		const browser = stubBrowser();
		fakeServer([item('a')]);
		const planner = new PlannerState('s1', { version: 1, items: [item('a')] }, [], messages);
		browser.goOffline();
		planner.update('a', { minutes: 50 });
		expect(browser.store.has(draftKey)).toBe(true);
		server.save.mockRejectedValueOnce(callError(403, 'errors.FORBIDDEN'));
		await vi.runAllTimersAsync();
		expect(planner.status).toBe('error');
		expect(planner.errorKey).toBe('errors.FORBIDDEN');
		expect(planner.waitingOnDevice).toBe(false);
		expect(browser.store.has(draftKey)).toBe(false);
	});

	it('drops a damaged draft instead of failing to open the plan', () => {
		const browser = stubBrowser();
		fakeServer([item('a')]);
		browser.store.set(draftKey, '{"version":"x"');
		const planner = new PlannerState('s1', { version: 1, items: [item('a')] }, [], messages);
		planner.start();
		expect(planner.items).toEqual([item('a')]);
		expect(browser.store.has(draftKey)).toBe(false);
	});
});
