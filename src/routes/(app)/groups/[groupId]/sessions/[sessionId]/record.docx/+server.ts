import type { RequestHandler } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { attachment } from '$lib/server/http/content-disposition';

/** The session's process record (过程记录) as a Word document, in the reader's language. */
export const GET = (async (event) => {
	const trpc = await serverCaller(event);
	const { groupId, sessionId } = event.params;
	const doc = await loadOrError(() => trpc.sessionRecords.export({ sessionId, groupId }));
	return new Response(new Uint8Array(Buffer.from(doc.base64, 'base64')), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'content-disposition': attachment(doc.filename, 'session-record.docx'),
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
