import type { RequestHandler } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { buildSessionsIcs } from '$lib/server/services/exports/sessions-ics';
import { attachment } from '$lib/server/http/content-disposition';

/** All session dates of the group as an iCal file. */
export const GET = (async (event) => {
	const trpc = await serverCaller(event);
	const doc = await loadOrError(() =>
		trpc.groups.exportPlan({ groupId: event.params.groupId, format: 'ics' })
	);
	return new Response(buildSessionsIcs(doc, event.locals.locale), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': attachment(`${doc.name}.ics`, 'sessions.ics'),
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
