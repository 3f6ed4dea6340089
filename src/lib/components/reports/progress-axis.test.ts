import { describe, expect, it } from 'vitest';
import { progressSlots } from './progress-axis';

describe('progressSlots', () => {
	const sessions = [
		{ number: 1, status: 'DONE' },
		{ number: 2, status: 'DONE' },
		{ number: 3, status: 'PLANNED' },
		{ number: 4, status: 'PLANNED' }
	];

	it('always starts at the baseline and lists the sessions run in order', () => {
		expect(progressSlots(sessions, [])).toEqual(['BASELINE', 1, 2]);
	});

	it('adds a session that was scored before it was marked done, and the end when scored', () => {
		expect(progressSlots(sessions, ['END', 4, 'BASELINE', 1])).toEqual(['BASELINE', 1, 2, 4, 'END']);
	});
});
