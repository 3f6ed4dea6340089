import { fail, redirect } from '@sveltejs/kit';
import { APIError } from 'better-auth/api';
import type { Actions, PageServerLoad } from './$types';
import { getAuth } from '$lib/server/auth';
import { hitRateLimit, resetRateLimit, signInLimit } from '$lib/server/auth/rate-limit';
import { database } from '$lib/server/db';
import { viewerFor } from '$lib/server/trpc/context';

function safeRedirect(target: string | null) {
	return target && target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

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
		const wait = await hitRateLimit(prisma, [`ip:${getClientAddress()}`, `email:${email}`], signInLimit);
		if (wait > 0) return fail(429, { email, error: 'auth.tooMany' as const, wait });
		if (!email || !password) return fail(400, { email, error: 'auth.wrongCredentials' as const, wait: 0 });

		const auth = await getAuth();
		let user: { id: string; name: string; email: string };
		try {
			const result = await auth.api.signInEmail({ body: { email, password }, headers: request.headers });
			user = result.user;
		} catch (error) {
			if (error instanceof APIError)
				return fail(400, { email, error: 'auth.wrongCredentials' as const, wait: 0 });
			throw error;
		}
		if (!(await viewerFor(prisma, user))) {
			await prisma.authSession.deleteMany({ where: { userId: user.id } });
			return fail(403, { email, error: 'auth.inactive' as const, wait: 0 });
		}
		await resetRateLimit(prisma, `email:${email}`);
		redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	}
} satisfies Actions;
