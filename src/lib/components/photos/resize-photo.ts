import { MAX_PHOTO_BYTES, PHOTO_MAX_SIDE } from '$lib/domain/attachments';

/** Qualities tried in turn, then smaller sides, until the JPEG fits the server's limit. */
const QUALITIES = [0.8, 0.7, 0.6];
const SIDES = [PHOTO_MAX_SIDE, 1280, 1024, 800];

function toBlob(canvas: HTMLCanvasElement, quality: number) {
	return new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/**
 * Reduces a photo on the tablet before upload: at most PHOTO_MAX_SIDE px on the long side (the camera's rotation
 * applied), re-encoded as JPEG, which also drops the camera's metadata (location, device). Null: the browser
 * could not read it, or it does not fit even at the smallest size.
 */
export async function resizePhoto(file: Blob): Promise<Blob | null> {
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
	} catch {
		return null;
	}
	try {
		for (const side of SIDES) {
			const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
			const canvas = document.createElement('canvas');
			canvas.width = Math.max(1, Math.round(bitmap.width * scale));
			canvas.height = Math.max(1, Math.round(bitmap.height * scale));
			const context = canvas.getContext('2d');
			if (!context) return null;
			// A transparent PNG would turn black as a JPEG.
			context.fillStyle = '#fff';
			context.fillRect(0, 0, canvas.width, canvas.height);
			context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
			for (const quality of QUALITIES) {
				const blob = await toBlob(canvas, quality);
				if (blob && blob.size <= MAX_PHOTO_BYTES) return blob;
			}
		}
		return null;
	} finally {
		bitmap.close();
	}
}

/** A blob's bytes as base64, as the upload procedure takes them. */
export async function base64Of(blob: Blob): Promise<string> {
	const bytes = new Uint8Array(await blob.arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}
