import { strFromU8, unzipSync } from 'fflate';

/** The text of a .docx body, tags removed, and its raw XML. */
export function docxText(base64: string) {
	const parts = unzipSync(new Uint8Array(Buffer.from(base64, 'base64')));
	const xml = strFromU8(parts['word/document.xml']);
	return { xml, text: xml.replace(/<[^>]+>/g, ' ') };
}
