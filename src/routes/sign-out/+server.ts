import type { RequestHandler } from './$types';
import { getAuth } from '$lib/server/auth';

export const POST: RequestHandler = async ({ request }) => {
	const auth = await getAuth();
	await auth.api.signOut({ headers: request.headers });
	// The page deletes what the device kept before it posts here; the browser does it again for any tab or
	// worker that wrote since: the service worker's caches, localStorage and IndexedDB of this origin.
	return new Response(null, {
		status: 303,
		headers: { location: '/sign-in', 'clear-site-data': '"storage"' }
	});
};
