import { describe, expect, it } from 'vitest';
import { sameValue } from './same-value';

describe('sameValue', () => {
	it('takes a jsonb value read back with its keys reordered as unchanged', () => {
		const written = [{ value: -2, zh: '远低于预期', en: 'much less than expected' }];
		const readBack = [{ en: 'much less than expected', zh: '远低于预期', value: -2 }];
		expect(sameValue(readBack, written)).toBe(true);
	});

	it('still sees a changed value, a changed order of items and a missing key', () => {
		expect(sameValue([{ en: 'a', zh: '甲' }], [{ en: 'b', zh: '甲' }])).toBe(false);
		expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
		expect(sameValue({ en: 'a' }, { en: 'a', zh: '甲' })).toBe(false);
		expect(sameValue(null, undefined)).toBe(false);
	});
});
