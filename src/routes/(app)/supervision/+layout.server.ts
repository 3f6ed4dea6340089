import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// Supervision reads across every group of the organization: supervisors and admins only (the procedures check too).
export const load = (({ locals }) => {
	if (locals.viewer && locals.viewer.role === 'FACILITATOR')
		error(403, { message: 'errors.FORBIDDEN', key: 'errors.FORBIDDEN' });
}) satisfies LayoutServerLoad;
