import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { inline } from '$lib/server/http/content-disposition';
import { photoExtension } from '$lib/domain/attachments';

/**
 * One photo of a session, through the same access rule and audit as every read (`photos.read`). Served as the
 * image type read from its bytes, never sniffed, never cached by a shared cache or kept on the device, and
 * sandboxed should a browser ever render it as a document.
 */
export const GET = (async (event) => {
	const trpc = await serverCaller(event);
	const { groupId, sessionId, photoId } = event.params;
	const photo = await loadOrError(() => trpc.photos.read({ sessionId, photoId }));
	if (photo.groupId !== groupId) error(404, { message: 'errors.NOT_FOUND', key: 'errors.NOT_FOUND' });
	const bytes = Buffer.from(photo.data, 'base64');
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': photo.mime,
			'content-length': String(bytes.length),
			'content-disposition': inline(`photo-${photo.id}.${photoExtension(photo.mime)}`),
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff',
			'content-security-policy': "default-src 'none'; sandbox",
			'cross-origin-resource-policy': 'same-origin'
		}
	});
}) satisfies RequestHandler;
