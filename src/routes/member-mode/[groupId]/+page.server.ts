import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { MEASURE_POINTS } from '$lib/domain/vocabularies';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';

// Outside the app's layout on purpose: member mode shows one questionnaire and nothing else (no navigation).
export const load = (async (event) => {
	const { url, params, locals } = event;
	if (!locals.viewer) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	const pointParam = url.searchParams.get('point');
	const point = MEASURE_POINTS.find((p) => p === pointParam) ?? 'BASELINE';
	const target = {
		groupId: params.groupId,
		memberId: url.searchParams.get('member') ?? '',
		measureId: url.searchParams.get('measure') ?? '',
		point,
		sessionId: point === 'SESSION' ? url.searchParams.get('session') || null : null
	};
	const trpc = await serverCaller(event);
	const { questionnaire } = await loadOrError(() => trpc.selfReport.memberForm(target));
	return { questionnaire, target };
}) satisfies PageServerLoad;
