import type { Viewer } from '$lib/server/trpc/context';
import type { Locale } from '$lib/i18n/types';
import type { RequestTiming } from '$lib/server/http/server-timing';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
			viewer: Viewer | null;
			/** Where this request's time goes (the Server-Timing handle creates it first; see server-timing.ts). */
			timing: RequestTiming;
		}
		interface Error {
			message: string;
			/** A message key the error page translates. */
			key?: string;
		}
	}
}

export {};
