import { error, fail, redirect } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import type { Actions, PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

// A one-time link, answered without an account: the page holds the questionnaire and nothing else. The token
// is checked (and rate limited) on every request; the answers post as a plain form, so no JavaScript is needed.
export const load = (async (event) => {
	event.setHeaders({ 'cache-control': 'no-store' });
	const trpc = await serverCaller(event);
	const link = await loadOrError(() => trpc.selfReport.openLink({ token: event.params.token }));
	return { link, token: event.params.token };
}) satisfies PageServerLoad;

const STATUS: Partial<Record<TRPCError['code'], 400 | 404 | 429>> = {
	BAD_REQUEST: 400,
	NOT_FOUND: 404,
	TOO_MANY_REQUESTS: 429
};

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const itemScores: number[] = [];
		for (let i = 0; form.has(`item-${i}`) && i < 50; i++) itemScores.push(Number(form.get(`item-${i}`)));
		const trpc = await serverCaller(event);
		try {
			await trpc.selfReport.submitLink({ token: event.params.token, itemScores });
		} catch (thrown) {
			if (!(thrown instanceof TRPCError)) throw thrown;
			const status = STATUS[thrown.code];
			if (!status) throw thrown;
			// A used or expired link shows the same page as opening it again would.
			if (status === 404) error(404, { message: thrown.message, key: thrown.message });
			return fail(status, { error: thrown.message, itemScores });
		}
		// The thanks page carries no token: going back cannot resend, and the address bar no longer holds it.
		redirect(303, '/r/done');
	}
} satisfies Actions;
