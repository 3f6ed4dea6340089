import { describe, expect, it } from 'vitest';
import { findBadText, hasBadText } from './input-guard';

describe('findBadText', () => {
	it('accepts ordinary text, emoji (surrogate pairs) and Chinese', () => {
		expect(hasBadText('小组 😀 ok\ttab\nline')).toBe(false);
		expect(findBadText({ a: ['小组', { b: '😀' }], when: new Date() })).toBeNull();
	});

	it('finds a NUL byte or a lone surrogate at any depth, in values and in keys', () => {
		expect(findBadText({ steps: [{ text: 'ok' }, { text: 'a\u0000b' }] })).toEqual(['steps', 1, 'text']);
		expect(findBadText({ tags: ['x', '\uD800'] })).toEqual(['tags', 1]);
		expect(findBadText({ note: 'end\uDC00' })).toEqual(['note']);
		expect(findBadText({ 'k\u0000': 1 })).toEqual(['k\u0000']);
		expect(findBadText(new Map([['x', new Set(['\uD83D'])]]))).toEqual([0, 0]);
	});
});
