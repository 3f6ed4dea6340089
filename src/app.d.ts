import type { Viewer } from '$lib/server/trpc/context';
import type { Locale } from '$lib/i18n/types';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
			viewer: Viewer | null;
		}
		interface Error {
			message: string;
			/** A message key the error page translates. */
			key?: string;
		}
	}
}

export {};
