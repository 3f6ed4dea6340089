import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { MAX_BATCH_CALLS } from '../../trpc/limits';
import { transformer } from '../../trpc/transformer';
import { appRouter } from '../routers';
import type { Context } from './context';

/** tRPC over HTTP, as the endpoint serves it (the suites call the same function). */
export async function handleTrpcRequest(req: Request, createContext: () => Promise<Context> | Context) {
	const request = await withBody(req);
	if (request instanceof Response) return request;
	return fetchRequestHandler({
		endpoint: '/api/trpc',
		req: request,
		router: appRouter,
		createContext,
		maxBatchSize: MAX_BATCH_CALLS,
		onError: ({ error, path }) => {
			// Log the failure, never the input: it may hold notes about members.
			if (error.code === 'INTERNAL_SERVER_ERROR')
				console.error(`tRPC ${path ?? '?'} failed:`, error.cause ?? error);
		}
	});
}

/**
 * Reads a POST's body before tRPC does: a body over the server's limit (adapter-node's BODY_SIZE_LIMIT fails the
 * stream with status 413) is answered 413 with a message key, as every other refusal, instead of tRPC's 400 with
 * the server's English text; a body that cannot be read at all is a 400.
 */
async function withBody(req: Request): Promise<Request | Response> {
	if (req.method !== 'POST' || !req.body) return req;
	try {
		return new Request(req, { body: await req.arrayBuffer() });
	} catch (error) {
		const tooLarge = (error as { status?: unknown } | null)?.status === 413;
		return refusal(
			req,
			tooLarge ? 413 : 400,
			tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
			tooLarge ? 'errors.PAYLOAD_TOO_LARGE' : 'errors.BAD_REQUEST'
		);
	}
}

/** An error answer in tRPC's own shape (one per call of a batch), so that the client reads its message key. */
function refusal(req: Request, status: number, code: string, message: string) {
	const url = new URL(req.url);
	const rpcCode = status === 413 ? -32413 : -32600;
	const error = {
		error: transformer.serialize({
			message,
			code: rpcCode,
			data: { code, httpStatus: status, fieldErrors: null }
		})
	};
	const calls = url.pathname.slice(url.pathname.lastIndexOf('/') + 1).split(',').length;
	const body = url.searchParams.get('batch') ? Array.from({ length: calls }, () => error) : error;
	return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
