import { z } from 'zod';

/** What an evidence photo of a session shows: the signed 签到表, or the activity itself. */
export const ATTACHMENT_KINDS = ['SIGN_IN_SHEET', 'ACTIVITY'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const attachmentKindSchema = z.enum(ATTACHMENT_KINDS);

/**
 * The largest photo the server stores. The tablet resizes and re-encodes before upload to fit; the request that
 * carries it (base64 in JSON, a third larger) stays under adapter-node's default BODY_SIZE_LIMIT of 512 KiB.
 */
export const MAX_PHOTO_BYTES = 360 * 1024;
/** The longest side the tablet resizes a photo to. */
export const PHOTO_MAX_SIDE = 1600;
/** Photos per session, so that one session cannot fill the database. */
export const MAX_PHOTOS_PER_SESSION = 40;
export const MAX_PHOTO_CAPTION = 200;
export const MAX_TAGGED_MEMBERS = 40;

/** The length of the base64 text of MAX_PHOTO_BYTES bytes. */
export const MAX_PHOTO_BASE64 = Math.ceil(MAX_PHOTO_BYTES / 3) * 4;

export const PHOTO_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoMime = (typeof PHOTO_MIMES)[number];

export interface ImageInfo {
	mime: PhotoMime;
	width: number | null;
	height: number | null;
}

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) =>
	bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

/** Start-of-frame markers of a JPEG that carry the image's size (every SOFn but DHT, JPG and DAC). */
const JPEG_SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
	let at = 2;
	while (at + 9 < bytes.length) {
		if (bytes[at] !== 0xff) return null;
		const marker = bytes[at + 1];
		// Fill bytes and markers without a length.
		if (marker === 0xff) {
			at += 1;
			continue;
		}
		if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
			at += 2;
			continue;
		}
		const length = (bytes[at + 2] << 8) | bytes[at + 3];
		if (length < 2) return null;
		if (JPEG_SOF.has(marker)) {
			const height = (bytes[at + 5] << 8) | bytes[at + 6];
			const width = (bytes[at + 7] << 8) | bytes[at + 8];
			return width > 0 && height > 0 ? { width, height } : null;
		}
		if (marker === 0xda) return null;
		at += 2 + length;
	}
	return null;
}

const u32 = (b: Uint8Array, at: number) =>
	((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
const u24le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16);

function webpSize(bytes: Uint8Array): { width: number; height: number } | null {
	const chunk = String.fromCharCode(...bytes.slice(12, 16));
	if (chunk === 'VP8X' && bytes.length >= 30)
		return { width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1 };
	if (chunk === 'VP8 ' && bytes.length >= 30 && startsWith(bytes, [0x9d, 0x01, 0x2a], 23))
		return {
			width: (bytes[26] | (bytes[27] << 8)) & 0x3fff,
			height: (bytes[28] | (bytes[29] << 8)) & 0x3fff
		};
	if (chunk === 'VP8L' && bytes.length >= 25 && bytes[20] === 0x2f) {
		const bits = bytes[21] | (bytes[22] << 8) | (bytes[23] << 16) | (bytes[24] << 24);
		return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
	}
	return null;
}

/**
 * What the bytes are, from their own signature (magic bytes), never from a declared type: a JPEG, PNG or WebP
 * image, with its size where the header gives it. Anything else (a script, a PDF, a truncated file) is null.
 */
export function imageInfo(bytes: Uint8Array): ImageInfo | null {
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
		const size = jpegSize(bytes);
		// A JPEG must end with its end-of-image marker: a truncated upload is refused, not stored half.
		if (!size || !startsWith(bytes, [0xff, 0xd9], bytes.length - 2)) return null;
		return { mime: 'image/jpeg', ...size };
	}
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
		// The first chunk is IHDR, with the width and height.
		if (bytes.length < 33 || String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') return null;
		const width = u32(bytes, 16);
		const height = u32(bytes, 20);
		return width > 0 && height > 0 ? { mime: 'image/png', width, height } : null;
	}
	if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
		const size = webpSize(bytes);
		return { mime: 'image/webp', width: size?.width ?? null, height: size?.height ?? null };
	}
	return null;
}

/** The file extension of a stored photo, for its download name. */
export const photoExtension = (mime: string) =>
	mime === 'image/png' ? 'png' : mime === 'image/webp' ? 'webp' : 'jpg';

/**
 * Whether a member may be shown in a photo: PHOTOS in their consent scope (withdrawing it removes it from the
 * scope; `consentWithdrawnAt` only dates the latest withdrawal of any scope) and personal data not erased.
 */
export function consentsToPhotos(member: { consentScope: readonly string[]; erasedAt: Date | null }) {
	return member.erasedAt === null && member.consentScope.includes('PHOTOS');
}
