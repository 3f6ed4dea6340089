import { inflateRawSync } from 'node:zlib';

/** Reads one file out of a zip archive (enough for checking a .docx), using the central directory. */
export function readZipEntry(zip: Buffer, name: string): string | null {
	const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (eocd < 0) return null;
	const entries = zip.readUInt16LE(eocd + 10);
	let at = zip.readUInt32LE(eocd + 16);
	for (let i = 0; i < entries; i++) {
		const method = zip.readUInt16LE(at + 10);
		const size = zip.readUInt32LE(at + 20);
		const nameLength = zip.readUInt16LE(at + 28);
		const extraLength = zip.readUInt16LE(at + 30);
		const commentLength = zip.readUInt16LE(at + 32);
		const local = zip.readUInt32LE(at + 42);
		const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
		if (entryName === name) {
			const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
			const data = zip.subarray(start, start + size);
			return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
		}
		at += 46 + nameLength + extraLength + commentLength;
	}
	return null;
}
