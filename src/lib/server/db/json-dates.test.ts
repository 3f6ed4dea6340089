import { describe, expect, it } from 'vitest';
import { jsonDate } from './json-dates';

describe('jsonDate', () => {
	it('reads a timestamp without a zone as UTC', () => {
		expect(jsonDate('2026-11-25T18:51:01.567')).toEqual(new Date(Date.UTC(2026, 10, 25, 18, 51, 1, 567)));
	});
	it('keeps an explicit zone', () => {
		expect(jsonDate('2026-11-25T18:51:01+08:00')).toEqual(new Date(Date.UTC(2026, 10, 25, 10, 51, 1)));
		expect(jsonDate('2026-11-25T18:51:01Z')).toEqual(new Date(Date.UTC(2026, 10, 25, 18, 51, 1)));
	});
	it('reads a DATE column (a date-only value) as UTC midnight of that date', () => {
		expect(jsonDate('2026-12-14')).toEqual(new Date(Date.UTC(2026, 11, 14)));
	});
	it('passes null through', () => {
		expect(jsonDate(null)).toBeNull();
	});
});
