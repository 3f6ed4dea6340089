import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../domain/audit';
import { allMessages } from './messages';

const messages = allMessages();
import { LOCALES } from './types';

describe('audit log labels', () => {
	const keys = [
		...AUDIT_ACTIONS.map((a) => `audit.action.${a}`),
		...AUDIT_ENTITIES.map((e) => `audit.entity.${e}`)
	];

	it.each(LOCALES)('names every audit action and entity in %s', (locale) => {
		const table = messages[locale] as Record<string, string>;
		expect(keys.filter((key) => !table[key]?.trim())).toEqual([]);
	});

	it('says them in Chinese in zh-CN, not as the stored English key', () => {
		const zh = messages['zh-CN'] as Record<string, string>;
		const untranslated = keys.filter((key) => !/[\u4e00-\u9fff]/.test(zh[key] ?? ''));
		expect(untranslated).toEqual([]);
	});
});
