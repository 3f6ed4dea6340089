import { describe, expect, it } from 'vitest';
import { consentsToPhotos, imageInfo, MAX_PHOTO_BASE64, MAX_PHOTO_BYTES } from './attachments';

/** The smallest JPEG-shaped bytes: SOI, a JFIF segment, a baseline start of frame with its size, EOI. */
function jpeg(width: number, height: number, end = true) {
	const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0, 0, 1, 0, 1, 0, 0];
	const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255, 3];
	return new Uint8Array([0xff, 0xd8, ...app0, ...sof, ...Array(9).fill(1), ...(end ? [0xff, 0xd9] : [])]);
}

function png(width: number, height: number) {
	const be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
	const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	return new Uint8Array([
		...sig,
		0,
		0,
		0,
		13,
		0x49,
		0x48,
		0x44,
		0x52,
		...be(width),
		...be(height),
		8,
		2,
		0,
		0,
		0,
		0,
		0,
		0,
		0
	]);
}

describe('imageInfo reads what an upload is from its own bytes', () => {
	it('recognises a JPEG and reads its size from the start of frame', () => {
		expect(imageInfo(jpeg(1600, 1200))).toEqual({ mime: 'image/jpeg', width: 1600, height: 1200 });
	});

	it('refuses a truncated JPEG (no end-of-image marker)', () => {
		expect(imageInfo(jpeg(10, 10, false))).toBeNull();
	});

	it('recognises a PNG and reads its size from IHDR', () => {
		expect(imageInfo(png(640, 480))).toEqual({ mime: 'image/png', width: 640, height: 480 });
	});

	it('refuses text, HTML, a PDF and empty bytes whatever they claim to be', () => {
		const text = (s: string) => new TextEncoder().encode(s);
		expect(imageInfo(text('<svg onload=alert(1)></svg>'))).toBeNull();
		expect(imageInfo(text('<html><script>alert(1)</script>'))).toBeNull();
		expect(imageInfo(text('%PDF-1.7 ...'))).toBeNull();
		expect(imageInfo(new Uint8Array())).toBeNull();
		expect(imageInfo(new Uint8Array([0xff, 0xd8]))).toBeNull();
	});

	it('recognises a WebP by its RIFF header', () => {
		const riff = new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8X');
		const bytes = new Uint8Array(30);
		bytes.set(riff);
		bytes.set([99, 0, 0, 49, 0, 0], 24);
		expect(imageInfo(bytes)).toEqual({ mime: 'image/webp', width: 100, height: 50 });
	});
});

describe('photo limits and consent', () => {
	it('sizes the base64 limit to hold exactly the byte limit', () => {
		expect(Buffer.from(new Uint8Array(MAX_PHOTO_BYTES)).toString('base64').length).toBe(MAX_PHOTO_BASE64);
	});

	it('allows a photo only with PHOTOS consent and personal data not erased', () => {
		expect(consentsToPhotos({ consentScope: ['PARTICIPATION', 'PHOTOS'], erasedAt: null })).toBe(true);
		expect(consentsToPhotos({ consentScope: ['PARTICIPATION', 'NOTES'], erasedAt: null })).toBe(false);
		expect(consentsToPhotos({ consentScope: ['PHOTOS'], erasedAt: new Date() })).toBe(false);
	});
});
