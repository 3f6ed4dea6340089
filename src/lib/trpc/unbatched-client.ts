import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '$lib/server/routers';
import { transformer } from './transformer';

/**
 * Large inputs (a photo upload) go one per request, never batched with other calls, so that a request holds one
 * such input at most and stays under the server's request body limit.
 */
export const trpcUnbatched = createTRPCClient<AppRouter>({
	links: [httpLink({ url: '/api/trpc', transformer })]
});
