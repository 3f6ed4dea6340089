import type { RequestHandler } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { buildPlanDocx } from '$lib/server/services/exports/plan-docx';
import { attachment } from '$lib/server/http/content-disposition';

/** The group plan as a Word document, in the reader's language. */
export const GET = (async (event) => {
	const trpc = await serverCaller(event);
	const doc = await loadOrError(() =>
		trpc.groups.exportPlan({ groupId: event.params.groupId, format: 'docx' })
	);
	const body = await loadOrError(() => buildPlanDocx(doc, event.locals.locale));
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'content-disposition': attachment(`${doc.name}.docx`, 'group-plan.docx'),
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
