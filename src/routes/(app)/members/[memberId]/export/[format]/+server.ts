import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { attachment } from '$lib/server/http/content-disposition';

/** Download of a member's record (JSON or .docx); the procedure checks access and writes the EXPORT audit row. */
export const GET: RequestHandler = async (event) => {
	const format = event.params.format;
	if (format !== 'json' && format !== 'docx')
		error(404, { message: 'errors.NOT_FOUND', key: 'errors.NOT_FOUND' });
	if (!event.locals.viewer) error(401, { message: 'errors.UNAUTHORIZED', key: 'errors.UNAUTHORIZED' });
	const trpc = await serverCaller(event);
	const file = await loadOrError(() => trpc.records.export({ memberId: event.params.memberId, format }));
	return new Response(Buffer.from(file.base64, 'base64'), {
		headers: {
			'content-type': file.contentType,
			'content-disposition': attachment(file.filename),
			'cache-control': 'no-store'
		}
	});
};
