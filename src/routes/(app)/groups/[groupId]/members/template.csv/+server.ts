import type { RequestHandler } from './$types';
import { memberCsvTemplate } from '$lib/domain/member-import';
import { attachment } from '$lib/server/http/content-disposition';

/** The import template: one header row (Chinese label and English key in each cell) and an example row. */
export const GET = (() =>
	// A byte-order mark so that Excel opens the UTF-8 file with the right encoding.
	new Response(memberCsvTemplate(), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': attachment('members-template.csv')
		}
	})) satisfies RequestHandler;
