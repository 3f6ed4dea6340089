import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	applySectionEdit,
	debriefDoc,
	debriefSections,
	fromBase64,
	migrateLegacySections,
	sectionParagraphs,
	sectionText,
	setSectionText,
	shiftPosition,
	textEdit,
	toBase64
} from './debrief';

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

describe('paragraphs', () => {
	/** Two writers whose documents exchange every update only when `sync` is called (as over the network). */
	function twoWriters(start?: Y.Doc) {
		const a = new Y.Doc();
		const b = new Y.Doc();
		if (start) {
			Y.applyUpdate(a, Y.encodeStateAsUpdate(start));
			Y.applyUpdate(b, Y.encodeStateAsUpdate(start));
		}
		const sync = () => {
			Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
			Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
		};
		return { a, b, sync };
	}
	/** Types `text` one character at a time at the end of the section, as a textarea would report it. */
	function typeAtEnd(doc: Y.Doc, text: string) {
		for (const ch of text) {
			const before = sectionText(doc, 'wentWell');
			applySectionEdit(doc, 'wentWell', textEdit(before, before + ch)!);
		}
	}

	it('keeps two writers typing into an empty section at once as two paragraphs', () => {
		const { a, b, sync } = twoWriters();
		typeAtEnd(a, 'Lead: warm-up');
		typeAtEnd(b, '陈社工补充');
		sync();
		const lines = sectionText(a, 'wentWell').split('\n');
		expect(lines.sort()).toEqual(['Lead: warm-up', '陈社工补充'].sort());
		expect(sectionText(b, 'wentWell')).toBe(sectionText(a, 'wentWell'));
		expect(debriefSections(a).wentWell).toBe(sectionText(a, 'wentWell'));
	});

	it('keeps each writer in their own paragraph while updates cross back and forth', () => {
		const { a, b, sync } = twoWriters();
		const typeAt = (doc: Y.Doc, own: string, ch: string) => {
			// The writer's caret stays at the end of their own paragraph.
			const before = sectionText(doc, 'wentWell');
			const line = before.split('\n').findIndex((l) => l.startsWith(own));
			const lines = before.split('\n');
			const index = line < 0 ? before.length : lines.slice(0, line + 1).join('\n').length;
			const insert = line < 0 && before ? '\n' + ch : ch;
			applySectionEdit(doc, 'wentWell', { index, deleteCount: 0, insert });
		};
		const left = 'AAAA walked in early';
		const right = 'BBBB helped a peer';
		for (let i = 0; i < left.length; i++) {
			typeAt(a, 'A', left[i]);
			typeAt(b, 'B', right[i] ?? '');
			if (i % 3 === 0) sync();
		}
		sync();
		expect(sectionText(a, 'wentWell').split('\n').sort()).toEqual([left, right.slice(0, left.length)].sort());
		expect(sectionText(b, 'wentWell')).toBe(sectionText(a, 'wentWell'));
	});

	it('starts a new paragraph in place of an empty one, so two writers on one blank line stay apart', () => {
		const start = new Y.Doc();
		setSectionText(start, 'wentWell', 'Intro\n');
		const { a, b, sync } = twoWriters(start);
		typeAtEnd(a, 'one');
		typeAtEnd(b, 'two');
		sync();
		const lines = sectionText(a, 'wentWell').split('\n');
		expect(lines[0]).toBe('Intro');
		expect(lines.slice(1).sort()).toEqual(['one', 'two']);
	});

	it('splits on a newline, joins on a deleted one, and edits inside a paragraph', () => {
		const doc = new Y.Doc();
		const edit = (after: string) =>
			applySectionEdit(doc, 'toChange', textEdit(sectionText(doc, 'toChange'), after)!);
		for (const next of ['abc', 'ab\nc', 'ab\nc\n\nd', 'ab\nXc\n\nd', 'abXc\n\nd', 'a', '', 'x\ny']) {
			edit(next);
			expect(sectionText(doc, 'toChange')).toBe(next);
		}
		expect(sectionParagraphs(doc, 'toChange').length).toBe(2);
	});

	it('reads a debrief written before paragraphs and moves its text into paragraphs once', () => {
		const old = new Y.Doc();
		old.getText('concerns').insert(0, '第一行\n第二行');
		setSectionText(old, 'wentWell', 'kept');
		expect(debriefSections(old).concerns).toBe('第一行\n第二行');
		const update = migrateLegacySections(old)!;
		expect(update).toBeInstanceOf(Uint8Array);
		expect(old.getText('concerns').toString()).toBe('');
		expect(sectionParagraphs(old, 'concerns').length).toBe(2);
		expect(debriefSections(old)).toMatchObject({ concerns: '第一行\n第二行', wentWell: 'kept' });
		expect(migrateLegacySections(old)).toBeNull();
	});
});
