import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { debriefDoc, debriefSections, fromBase64, shiftPosition, textEdit, toBase64 } from './debrief';

describe('textEdit', () => {
	it('finds the typed characters between a common prefix and suffix', () => {
		expect(textEdit('abcdef', 'abXYcdef')).toEqual({ index: 2, deleteCount: 0, insert: 'XY' });
		expect(textEdit('abcdef', 'abef')).toEqual({ index: 2, deleteCount: 2, insert: '' });
		expect(textEdit('aaa', 'aaaa')).toEqual({ index: 3, deleteCount: 0, insert: 'a' });
		expect(textEdit('同一段', '同一段')).toBeNull();
	});

	it('turns the old text into the new one', () => {
		for (const [a, b] of [
			['', '你好'],
			['你好世界', '你们好世界'],
			['hello world', 'help'],
			['xx', '']
		]) {
			const e = textEdit(a, b)!;
			expect(a.slice(0, e.index) + e.insert + a.slice(e.index + e.deleteCount)).toBe(b);
		}
	});
});

describe('shiftPosition', () => {
	it('keeps a caret before the edit and moves one after it', () => {
		expect(shiftPosition(2, { index: 5, deleteCount: 0, insert: 'abc' })).toBe(2);
		expect(shiftPosition(8, { index: 5, deleteCount: 1, insert: 'abc' })).toBe(10);
		expect(shiftPosition(6, { index: 5, deleteCount: 3, insert: '' })).toBe(5);
	});
});

describe('debrief documents', () => {
	it('merges concurrent typing of two writers without losing text', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		a.getText('wentWell').insert(0, '组员积极');
		b.getText('wentWell').insert(0, '气氛轻松');
		const merged = debriefDoc([Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b)]);
		const text = debriefSections(merged).wentWell;
		expect(text).toContain('组员积极');
		expect(text).toContain('气氛轻松');
	});

	it('round-trips bytes through base64', () => {
		const bytes = new Uint8Array([0, 1, 2, 250, 255]);
		expect(fromBase64(toBase64(bytes))).toEqual(bytes);
	});
});
