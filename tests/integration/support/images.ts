// Small, valid image files generated in the test, so that no binary fixture is checked in.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array) {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'ascii');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
	return Buffer.concat([head, data, crc]);
}

/** A real PNG that any browser decodes: stripes of two colours, `width` × `height` pixels. */
export function stripedPng(
	width = 64,
	height = 48,
	colours: [number[], number[]] = [
		[30, 120, 200],
		[250, 200, 40]
	]
) {
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
	const rows = Buffer.alloc(height * (1 + width * 3));
	for (let y = 0; y < height; y++) {
		const colour = colours[Math.floor(y / 8) % 2];
		for (let x = 0; x < width; x++) rows.set(colour, y * (1 + width * 3) + 1 + x * 3);
	}
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return Buffer.concat([
		signature,
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(rows)),
		chunk('IEND', new Uint8Array())
	]);
}

/** JPEG-shaped bytes (start of image, a frame header with the size, end of image) of about `size` bytes. */
export function jpegShaped(size: number, width = 1600, height = 1200) {
	const head = [
		0xff,
		0xd8,
		0xff,
		0xc0,
		0x00,
		0x11,
		0x08,
		height >> 8,
		height & 255,
		width >> 8,
		width & 255,
		3
	];
	const bytes = Buffer.alloc(Math.max(size, head.length + 2), 0x11);
	bytes.set(head, 0);
	bytes.set([0xff, 0xd9], bytes.length - 2);
	return bytes;
}
