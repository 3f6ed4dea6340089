import { describe, expect, it } from 'vitest';
import { statisticsQuery } from './comparison-query';

const url = (search = '') => new URL(`http://localhost/supervision/statistics${search}`);

describe('the service statistics period', () => {
	it('ends today in the organization’s time zone, not in UTC', () => {
		// 2026-03-01 20:00 UTC is already 2 March in Shanghai.
		expect(statisticsQuery(url(), 'Asia/Shanghai', new Date('2026-03-01T20:00:00Z'))).toEqual({
			from: '2026-01-01',
			to: '2026-03-02'
		});
	});

	it('starts with the organization’s new year, on the night UTC is still in the old one', () => {
		expect(statisticsQuery(url(), 'Asia/Shanghai', new Date('2025-12-31T17:00:00Z'))).toEqual({
			from: '2026-01-01',
			to: '2026-01-01'
		});
	});

	it('keeps the dates given in the address and ignores malformed ones', () => {
		expect(
			statisticsQuery(url('?from=2025-09-01&to=2025-12'), 'Asia/Shanghai', new Date('2026-03-01T20:00:00Z'))
		).toEqual({ from: '2025-09-01', to: '2026-03-02' });
	});

	it('counts the year and today in New York and Berlin, whatever zone the server runs in', () => {
		// 2027-01-01 02:00 UTC is still New Year's Eve in New York, already New Year's Day in Berlin.
		const now = new Date('2027-01-01T02:00:00Z');
		expect(statisticsQuery(url(), 'America/New_York', now)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
		expect(statisticsQuery(url(), 'Europe/Berlin', now)).toEqual({ from: '2027-01-01', to: '2027-01-01' });
	});
});
