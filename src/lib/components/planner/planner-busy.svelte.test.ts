import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanItemInput } from '$lib/domain/plan';

const mutate = vi.fn();
vi.mock('$lib/trpc/client', async (importOriginal) => ({
	isResendable: (await importOriginal<typeof import('$lib/trpc/client')>()).isResendable,
	trpc: {},
	trpcKeepalive: { plans: { save: { mutate } } },
	errorInfo: (error: { info?: unknown }) =>
		error.info ?? { key: 'errors.network', status: null, fieldErrors: [] }
}));

const { PlannerState } = await import('./planner-state.svelte');

const busy = () =>
	Object.assign(new Error('busy'), { info: { key: 'plan.busy', status: 409, fieldErrors: [] } });
const item: PlanItemInput = {
	id: 'a',
	kind: 'WARM_UP',
	activityId: null,
	title: 'Warm-up',
	minutes: 10,
	notes: ''
};

function planner() {
	return new PlannerState('s1', { version: 3, items: [] }, [], {
		merged: () => 'm',
		updated: () => 'u',
		restored: () => 'r'
	});
}

describe('PlannerState saving under contention', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		mutate.mockReset();
	});
	afterEach(() => vi.useRealTimers());

	it('sends the same edit again after a retryable 409 (plan.busy) and ends saved', async () => {
		mutate
			.mockRejectedValueOnce(busy())
			.mockRejectedValueOnce(busy())
			.mockResolvedValueOnce({ version: 4, items: [item], merged: true });
		const state = planner();
		state.change([item]);
		await vi.runAllTimersAsync();
		expect(mutate).toHaveBeenCalledTimes(3);
		for (const [input] of mutate.mock.calls) expect(input).toMatchObject({ baseVersion: 3, items: [item] });
		expect(state.status).toBe('saved');
		expect(state.version).toBe(4);
		expect(state.errorKey).toBeNull();
	});

	it('gives up after a few busy answers and shows the error', async () => {
		mutate.mockRejectedValue(busy());
		const state = planner();
		state.change([item]);
		await vi.runAllTimersAsync();
		expect(mutate.mock.calls.length).toBeGreaterThan(1);
		expect(mutate.mock.calls.length).toBeLessThan(10);
		expect(state.status).toBe('error');
		expect(state.errorKey).toBe('plan.busy');
	});
});
