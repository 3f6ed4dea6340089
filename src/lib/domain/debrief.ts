import * as Y from 'yjs';

/** The four sections of a session debrief, one Y.Text each in the shared document. */
export const DEBRIEF_SECTIONS = ['wentWell', 'toChange', 'concerns', 'nextSteps'] as const;
export type DebriefSection = (typeof DEBRIEF_SECTIONS)[number];
export type DebriefSections = Record<DebriefSection, string>;

/** The plain text of every section of a debrief document. */
export function debriefSections(doc: Y.Doc): DebriefSections {
	return Object.fromEntries(DEBRIEF_SECTIONS.map((s) => [s, doc.getText(s).toString()])) as DebriefSections;
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
