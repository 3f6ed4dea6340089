import { afterEach, describe, expect, it, vi } from 'vitest';
import { procedureStarted, serverTimingHeader, type RequestTiming } from './server-timing';

describe('request timing', () => {
	afterEach(() => vi.useRealTimers());

	it('counts procedures that run side by side once, and one after another in full', () => {
		vi.useFakeTimers({ toFake: ['performance'] });
		const timing: RequestTiming = { start: performance.now(), procedures: 0 };
		const first = procedureStarted(timing);
		vi.advanceTimersByTime(5);
		const second = procedureStarted(timing);
		vi.advanceTimersByTime(10);
		first();
		vi.advanceTimersByTime(3);
		second();
		expect(timing.procedures).toBe(18);
		vi.advanceTimersByTime(100);
		const third = procedureStarted(timing);
		vi.advanceTimersByTime(2);
		third();
		expect(timing.procedures).toBe(20);
	});

	it('names session, procedures, render (what is left) and total', () => {
		const timing: RequestTiming = { start: 100, session: 1.5, procedures: 6.25 };
		expect(serverTimingHeader(timing, 110)).toBe(
			'session;dur=1.5, procedures;dur=6.3, render;dur=2.3, total;dur=10.0'
		);
	});

	it('leaves session out while no one has measured it', () => {
		expect(serverTimingHeader({ start: 0, procedures: 0 }, 4)).toBe(
			'procedures;dur=0.0, render;dur=4.0, total;dur=4.0'
		);
	});
});
