import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { MAX_BATCH_CALLS } from '../../trpc/limits';
import { appRouter } from '../routers';
import type { Context } from './context';

/** tRPC over HTTP, as the endpoint serves it (the suites call the same function). */
export function handleTrpcRequest(req: Request, createContext: () => Promise<Context> | Context) {
	return fetchRequestHandler({
		endpoint: '/api/trpc',
		req,
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
