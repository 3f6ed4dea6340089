import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { attachment } from '$lib/server/http/content-disposition';

/** An archived group as one zip download; the procedure checks read access and writes the EXPORT audit row. */
export const GET: RequestHandler = async (event) => {
	if (!event.locals.viewer) error(401, { message: 'errors.UNAUTHORIZED', key: 'errors.UNAUTHORIZED' });
	const trpc = await serverCaller(event);
	const file = await loadOrError(() => trpc.archive.export({ groupId: event.params.groupId }));
	return new Response(Buffer.from(file.base64, 'base64'), {
		headers: {
			'content-type': 'application/zip',
			'content-disposition': attachment(file.filename),
			'cache-control': 'no-store'
		}
	});
};
