import * as Y from 'yjs';

/**
 * The four sections of a session debrief. Each section is a Y.Array of paragraphs, one Y.Text each, so that two
 * writers who start a paragraph at the same time get a paragraph each (Yjs keeps both inserted items) instead of
 * one run-on line. Debriefs written before paragraphs kept a section as one Y.Text under the section's own name:
 * that text is still read (before the paragraphs) until `migrateLegacySections` moves it into paragraphs.
 */
export const DEBRIEF_SECTIONS = ['wentWell', 'toChange', 'concerns', 'nextSteps'] as const;
export type DebriefSection = (typeof DEBRIEF_SECTIONS)[number];
export type DebriefSections = Record<DebriefSection, string>;

/** What a reader's presence in a debrief says (Yjs awareness state): who, and the section they type in. */
export interface DebriefPresence {
	user: { id: string; name: string };
	section: DebriefSection | null;
}

export const isDebriefSection = (value: unknown): value is DebriefSection =>
	(DEBRIEF_SECTIONS as readonly unknown[]).includes(value);

/** The paragraphs of one section in the shared document. */
export const sectionParagraphs = (doc: Y.Doc, section: string): Y.Array<Y.Text> =>
	doc.getArray<Y.Text>(`${section}:paragraphs`);

/** A section's text: its paragraphs one a line (an older document's single text first, while it has one). */
export function sectionText(doc: Y.Doc, section: string): string {
	const lines = sectionParagraphs(doc, section)
		.toArray()
		.map((p) => p.toString());
	const legacy = doc.getText(section).toString();
	return (legacy ? [legacy, ...lines] : lines).join('\n');
}

/** The plain text of every section of a debrief document (paragraphs on their own lines). */
export function debriefSections(doc: Y.Doc): DebriefSections {
	return Object.fromEntries(DEBRIEF_SECTIONS.map((s) => [s, sectionText(doc, s)])) as DebriefSections;
}

/** Writes a section's paragraphs from plain text (a new document, seeding, masking). */
export function setSectionText(doc: Y.Doc, section: string, text: string) {
	doc.transact(() => {
		const paragraphs = sectionParagraphs(doc, section);
		const legacy = doc.getText(section);
		if (legacy.length) legacy.delete(0, legacy.length);
		if (paragraphs.length) paragraphs.delete(0, paragraphs.length);
		if (text)
			paragraphs.insert(
				0,
				text.split('\n').map((line) => new Y.Text(line))
			);
	});
}

/**
 * Moves the single text of a debrief written before paragraphs into paragraphs (one per line, before any
 * paragraph already there). Returns the Yjs update that did it, or null when there was nothing to move.
 */
export function migrateLegacySections(doc: Y.Doc): Uint8Array | null {
	const legacy = DEBRIEF_SECTIONS.filter((s) => doc.getText(s).length > 0);
	if (legacy.length === 0) return null;
	const before = Y.encodeStateVector(doc);
	doc.transact(() => {
		for (const section of legacy) {
			const text = doc.getText(section);
			const lines = text.toString().split('\n');
			text.delete(0, text.length);
			sectionParagraphs(doc, section).insert(
				0,
				lines.map((line) => new Y.Text(line))
			);
		}
	});
	return Y.encodeStateAsUpdate(doc, before);
}

/**
 * Applies an edit of a section's plain text (paragraphs joined by newlines) to its paragraphs. An edit inside one
 * paragraph changes only that paragraph's Y.Text; a newline splits a paragraph and a deleted newline joins two.
 * Typing into an empty paragraph (or an empty section) starts a new Y.Text in its place: when two writers do that
 * at once, Yjs keeps both items, so each writer's text stays its own paragraph.
 */
export function applySectionEdit(doc: Y.Doc, section: string, edit: TextEdit, origin?: unknown) {
	doc.transact(() => {
		const paragraphs = sectionParagraphs(doc, section);
		const items = paragraphs.toArray();
		if (items.length === 0) {
			if (edit.insert)
				paragraphs.insert(
					0,
					edit.insert.split('\n').map((line) => new Y.Text(line))
				);
			return;
		}
		// Where the edit starts and ends: paragraph index and offset within it.
		const locate = (position: number) => {
			let start = 0;
			for (let i = 0; i < items.length; i++) {
				const length = items[i].length;
				if (position <= start + length || i === items.length - 1)
					return { index: i, offset: Math.min(position - start, length) };
				start += length + 1;
			}
			return { index: 0, offset: 0 };
		};
		const from = locate(edit.index);
		const to = locate(edit.index + edit.deleteCount);
		const first = items[from.index];
		const lines = edit.insert.split('\n');
		if (from.index === to.index && lines.length === 1) {
			if (first.length === 0 && edit.insert) {
				// A fresh paragraph in place of the empty one.
				paragraphs.delete(from.index, 1);
				paragraphs.insert(from.index, [new Y.Text(edit.insert)]);
				return;
			}
			if (to.offset > from.offset) first.delete(from.offset, to.offset - from.offset);
			if (edit.insert) first.insert(from.offset, edit.insert);
			return;
		}
		const last = items[to.index];
		const tail = last.toString().slice(to.offset);
		// The first paragraph keeps its text before the edit and takes the first inserted line.
		if (first.length > from.offset) first.delete(from.offset, first.length - from.offset);
		if (lines[0]) first.insert(from.offset, lines[0]);
		if (to.index > from.index) paragraphs.delete(from.index + 1, to.index - from.index);
		if (lines.length === 1) {
			if (tail) first.insert(first.length, tail);
			return;
		}
		const added = lines.slice(1).map((line, i, all) => new Y.Text(i === all.length - 1 ? line + tail : line));
		paragraphs.insert(from.index + 1, added);
	}, origin);
}

/** A document rebuilt from its state or from a list of updates (order does not matter to Yjs). */
export function debriefDoc(updates: Uint8Array[]): Y.Doc {
	const doc = new Y.Doc();
	for (const update of updates) if (update.length > 0) Y.applyUpdate(doc, update);
	return doc;
}

export interface TextEdit {
	index: number;
	deleteCount: number;
	insert: string;
}

/**
 * The smallest single edit that turns `before` into `after` (common prefix and suffix kept), so that a textarea
 * change touches only the typed characters of the shared text and concurrent typing elsewhere is kept.
 */
export function textEdit(before: string, after: string): TextEdit | null {
	if (before === after) return null;
	let start = 0;
	const max = Math.min(before.length, after.length);
	while (start < max && before[start] === after[start]) start++;
	let end = 0;
	while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
	return {
		index: start,
		deleteCount: before.length - start - end,
		insert: after.slice(start, after.length - end)
	};
}

/** Where a caret at `position` moves when `edit` is applied by someone else. */
export function shiftPosition(position: number, edit: TextEdit): number {
	if (position <= edit.index) return position;
	if (position <= edit.index + edit.deleteCount) return edit.index + edit.insert.length;
	return position - edit.deleteCount + edit.insert.length;
}

export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
