import { describe, expect, it } from 'vitest';
import { createI18n } from './index';

describe('dates in the UI', () => {
	it('shows an instant in the organization’s zone, not Shanghai’s', () => {
		// 2026-03-08 10:00 UTC: 06:00 in New York (daylight time since that morning), 18:00 in Shanghai.
		const at = new Date('2026-03-08T10:00:00Z');
		expect(createI18n('en', 'America/New_York').time(at)).toBe('06:00');
		expect(createI18n('en', 'Europe/Berlin').time(at)).toBe('11:00');
		expect(createI18n('en', 'Asia/Shanghai').time(at)).toBe('18:00');
		expect(createI18n('en', 'America/New_York').date(at)).toBe('Sun, Mar 8, 2026');
	});

	it('shows a date-only value as the same date in every zone', () => {
		const start = new Date('2026-12-14T00:00:00Z');
		for (const zone of ['America/New_York', 'Europe/Berlin', 'Asia/Shanghai'])
			expect(createI18n('en', zone).day(start)).toBe('Mon, Dec 14, 2026');
		expect(createI18n('zh-CN', 'America/New_York').day('2026-12-14')).toBe('2026年12月14日周一');
	});
});
