import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { signInWithPassword } from '$lib/server/auth/sign-in';
import { getAuth } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { safeRedirect } from '$lib/domain/safe-redirect';

export const load = (({ locals, url }) => {
	if (locals.viewer) redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, url, getClientAddress }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '')
			.trim()
			.toLowerCase()
			.slice(0, 200);
		const password = String(form.get('password') ?? '').slice(0, 200);
		const { prisma } = await database();
		const result = await signInWithPassword(
			{ prisma, auth: await getAuth() },
			{
				email,
				password,
				// adapter-node's socket address, or ADDRESS_HEADER/XFF_DEPTH when the README's proxy setting is made:
				// never a header the client chose.
				address: getClientAddress(),
				headers: request.headers
			}
		);
		if (!result.ok)
			return fail(result.status, {
				email,
				error: result.error,
				wait: result.status === 429 ? result.wait : 0
			});
		redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	}
} satisfies Actions;
