import { dayBounds } from '$lib/domain/dates';
import { AUDIT_ACTIONS } from '$lib/domain/audit';
import type { AuditFilters } from '$lib/server/schemas/audit/audit.types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The audit filters of a URL (also used by the CSV download), dates as whole days in the organization's zone. */
export function auditFiltersFrom(params: URLSearchParams, timeZone: string) {
	const day = (name: string) => {
		const value = params.get(name) ?? '';
		return DAY.test(value) ? value : '';
	};
	const action = params.get('action') ?? '';
	const values = {
		userId: params.get('user') ?? '',
		memberCode: (params.get('member') ?? '').trim().slice(0, 40),
		groupId: params.get('group') ?? '',
		action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? action : '',
		from: day('from'),
		to: day('to')
	};
	const filters: AuditFilters = {
		userId: values.userId || undefined,
		memberCode: values.memberCode || undefined,
		groupId: values.groupId || undefined,
		action: (values.action || undefined) as AuditFilters['action'],
		from: values.from ? dayBounds(values.from, values.from, timeZone).from : undefined,
		to: values.to ? new Date(dayBounds(values.to, values.to, timeZone).to.getTime() - 1) : undefined
	};
	return { values, filters };
}
