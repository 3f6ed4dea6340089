import type { RequestHandler } from './$types';
import { contextFor } from '$lib/server/trpc/caller';
import { handleTrpcRequest } from '$lib/server/trpc/http';

const handler: RequestHandler = (event) => handleTrpcRequest(event.request, () => contextFor(event));

export const GET = handler;
export const POST = handler;
