import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getAuth } from '$lib/server/auth';

export const POST: RequestHandler = async ({ request }) => {
	const auth = await getAuth();
	await auth.api.signOut({ headers: request.headers });
	redirect(303, '/sign-in');
};
