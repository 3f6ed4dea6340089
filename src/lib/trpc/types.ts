import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '$lib/server/routers';

/** What each procedure takes and returns, for pages and components (which never import server modules). */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
