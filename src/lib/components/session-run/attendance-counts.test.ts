import { describe, expect, it } from 'vitest';
import { attendanceCounts } from './attendance-counts';
import { formatClock } from './run-timer.svelte';

describe('attendanceCounts', () => {
	it('counts each member once, by their current state, and the ones not marked', () => {
		expect(
			attendanceCounts(['a', 'b', 'c', 'd'], {
				a: { status: 'PRESENT' },
				b: { status: 'LATE' },
				c: { status: 'PRESENT' },
				z: { status: 'ABSENT' }
			})
		).toEqual({ PRESENT: 2, LATE: 1, LEFT_EARLY: 0, ABSENT: 0, EXCUSED: 0, UNMARKED: 1 });
	});
});

describe('formatClock', () => {
	it('shows minutes and seconds, also for time run over', () => {
		expect(formatClock(125)).toBe('2:05');
		expect(formatClock(-61)).toBe('1:01');
		expect(formatClock(0)).toBe('0:00');
	});
});
