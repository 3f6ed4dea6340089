import { describe, expect, it } from 'vitest';
import { GAS_LEVELS } from '../domain/measure-catalog';
import { allMessages } from './messages';

const messages = allMessages();

describe('GAS level names', () => {
	it('read the same on screen as in the catalog, in both languages', () => {
		for (const l of GAS_LEVELS) {
			const key = `measures.level.${l.value}` as 'measures.level.0';
			expect(messages.en[key]).toContain(l.en);
			expect(messages['zh-CN'][key]).toContain(l.zh);
		}
	});
});
