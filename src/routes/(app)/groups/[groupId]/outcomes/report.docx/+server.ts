import type { RequestHandler } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { attachment } from '$lib/server/http/content-disposition';

/** The closing evaluation report as a Word download; a plain form post (the reflection) is enough. */
export const POST: RequestHandler = async (event) => {
	const form = await event.request.formData();
	const reflection = String(form.get('reflection') ?? '');
	const trpc = await serverCaller(event);
	const report = await loadOrError(() =>
		trpc.reports.closingReport({ groupId: event.params.groupId, reflection })
	);
	return new Response(Buffer.from(report.base64, 'base64'), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'content-disposition': attachment(report.filename, 'report.docx'),
			'cache-control': 'no-store'
		}
	});
};
