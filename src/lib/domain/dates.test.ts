import { describe, expect, it } from 'vitest';
import { startOfDayInZone, zonedDateTime, zoneOffsetMinutes } from './dates';

describe('dates in a time zone', () => {
	it('knows Shanghai is eight hours ahead of UTC', () => {
		expect(zoneOffsetMinutes('Asia/Shanghai', new Date('2026-06-01T00:00:00Z'))).toBe(480);
	});

	it('finds the start of the local day, not the UTC day', () => {
		// 2026-03-01 20:00 UTC is already 2026-03-02 04:00 in Shanghai; that day began at 2026-03-01 16:00 UTC.
		expect(startOfDayInZone(new Date('2026-03-01T20:00:00Z'), 'Asia/Shanghai').toISOString()).toBe(
			'2026-03-01T16:00:00.000Z'
		);
	});

	it('follows daylight saving time', () => {
		// Berlin is UTC+2 in July: local midnight is 22:00 UTC the day before.
		expect(startOfDayInZone(new Date('2026-07-10T12:00:00Z'), 'Europe/Berlin').toISOString()).toBe(
			'2026-07-09T22:00:00.000Z'
		);
		expect(zonedDateTime('2026-01-15', '14:30', 'Europe/Berlin').toISOString()).toBe(
			'2026-01-15T13:30:00.000Z'
		);
	});
});
