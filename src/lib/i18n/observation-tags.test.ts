import { describe, expect, it } from 'vitest';
import { OBSERVATION_TAGS } from '../domain/vocabularies';
import { observationTagKey, observationTagKeys, observationTagLabel } from './observation-tags';

describe('observation tags', () => {
	it('stores a suggested tag as its key, whichever language it was written in', () => {
		expect(observationTagKey('同伴关系')).toBe('PEER_RELATIONS');
		expect(observationTagKey(' Peer relations ')).toBe('PEER_RELATIONS');
		expect(observationTagKey('PEER_RELATIONS')).toBe('PEER_RELATIONS');
	});

	it('keeps a tag of the writer’s own as written', () => {
		expect(observationTagKey('互助')).toBe('互助');
		expect(observationTagKey('peer')).toBe('peer');
	});

	it('shows each key in the reader’s language and a free tag unchanged', () => {
		expect(observationTagLabel('en', 'PEER_RELATIONS')).toBe('peer relations');
		expect(observationTagLabel('zh-CN', 'PEER_RELATIONS')).toBe('同伴关系');
		expect(observationTagLabel('en', '互助')).toBe('互助');
	});

	it('gives every key a label in both languages that maps back to the key', () => {
		for (const key of OBSERVATION_TAGS)
			for (const locale of ['zh-CN', 'en'] as const) {
				const label = observationTagLabel(locale, key);
				expect(label).not.toBe(key);
				expect(observationTagKey(label)).toBe(key);
			}
	});

	it('merges a tag given in two languages into one key, keeping the first position', () => {
		expect(observationTagKeys(['参与度', '互助', 'participation', ''])).toEqual(['PARTICIPATION', '互助']);
	});
});
