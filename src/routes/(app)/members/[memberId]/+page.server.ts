import type { PageServerLoad } from './$types';
import { loadOrError, serverCaller } from '$lib/server/trpc/caller';
import { dayBounds } from '$lib/domain/dates';
import { RECORD_KINDS, type RecordKind } from '$lib/domain/vocabularies';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const load = (async (event) => {
	const params = event.url.searchParams;
	const trpc = await serverCaller(event);
	const organization = await loadOrError(() => trpc.organization.get());
	const day = (name: string) => {
		const value = params.get(name) ?? '';
		return DAY.test(value) ? value : '';
	};
	const from = day('from');
	const to = day('to');
	const groupId = params.get('group') || undefined;
	const kinds = params
		.getAll('kind')
		.filter((k): k is RecordKind => (RECORD_KINDS as readonly string[]).includes(k));
	const record = await loadOrError(() =>
		trpc.records.get({
			memberId: event.params.memberId,
			groupId,
			kinds: kinds.length ? kinds : undefined,
			// Dates are days in the organization's time zone; "to" includes the whole day.
			from: from ? dayBounds(from, from, organization.timeZone).from : undefined,
			to: to ? new Date(dayBounds(to, to, organization.timeZone).to.getTime() - 1) : undefined
		})
	);
	return { record, filterValues: { groupId: groupId ?? '', kinds, from, to } };
}) satisfies PageServerLoad;
