import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { buildSignInSheetDocx } from '$lib/server/services/exports/sign-in-sheet-docx';
import { attachment } from '$lib/server/http/content-disposition';

/** The session's sign-in sheet (签到表) as a Word document, in the reader's language; the download is audited. */
export const GET = (async (event) => {
	const trpc = await serverCaller(event);
	const sheet = await loadOrError(() =>
		trpc.sessions.exportSignInSheet({ sessionId: event.params.sessionId })
	);
	// A session reached through another group's address is not found there.
	if (sheet.group.id !== event.params.groupId)
		error(404, { message: 'errors.NOT_FOUND', key: 'errors.NOT_FOUND' });
	const body = await loadOrError(() => buildSignInSheetDocx(sheet, event.locals.locale));
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'content-disposition': attachment(
				`${sheet.group.name}-${sheet.session.number}-sign-in.docx`,
				`sign-in-sheet-${sheet.session.number}.docx`
			),
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
