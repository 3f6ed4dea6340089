import { Prisma } from '../../db/generated/client';
import type { GroupStatus, LeaderRole, OrgRole } from '../../db/generated/enums';
import type { Viewer } from '../../../domain/viewer';

/**
 * read: see the group and its records. write: change them. leaders: change who leads the group (the lead, and
 * the organization's supervisors and admins; a co-leader may not replace the lead).
 */
export type GroupAccessMode = 'read' | 'write' | 'leaders';
export type GroupAccessVerdict = 'allowed' | 'forbidden' | 'closed';

export const ORG_ROLES: readonly OrgRole[] = ['ADMIN', 'SUPERVISOR', 'FACILITATOR'];
export const LEADER_KINDS: readonly (LeaderRole | null)[] = ['LEAD', 'CO_LEADER', null];
export const GROUP_STATUSES: readonly GroupStatus[] = ['PLANNING', 'RECRUITING', 'RUNNING', 'CLOSED'];
export const GROUP_ACCESS_MODES: readonly GroupAccessMode[] = ['read', 'write', 'leaders'];

/**
 * The one access rule of a group. Everything else is derived from it: the decision of a request
 * (`decideGroupAccess`), the SQL of statements that check access themselves (`groupAccessSql`) and the Prisma
 * scope of lists (`groupScope`), all generated below from this function.
 */
export function groupAccessVerdict(
	role: OrgRole,
	leader: LeaderRole | null,
	status: GroupStatus,
	mode: GroupAccessMode
): GroupAccessVerdict {
	const supervises = role === 'ADMIN' || role === 'SUPERVISOR';
	const allowed =
		mode === 'read'
			? leader !== null || supervises
			: mode === 'write'
				? leader !== null || role === 'ADMIN'
				: leader === 'LEAD' || supervises;
	if (!allowed) return 'forbidden';
	return mode !== 'read' && status === 'CLOSED' ? 'closed' : 'allowed';
}

/** For one role and mode: the statuses in which each kind of leadership is allowed, as a list of terms. */
function allowedTerms(role: OrgRole, mode: GroupAccessMode) {
	const terms = LEADER_KINDS.map((leader) => ({
		leaders: [leader],
		statuses: GROUP_STATUSES.filter((s) => groupAccessVerdict(role, leader, s, mode) === 'allowed')
	})).filter((t) => t.statuses.length > 0);
	// Kinds of leadership allowed in the same statuses share one term (e.g. "leads or co-leads").
	const merged: { leaders: (LeaderRole | null)[]; statuses: GroupStatus[] }[] = [];
	for (const term of terms) {
		const same = merged.find((m) => m.statuses.join() === term.statuses.join());
		if (same) same.leaders.push(...term.leaders);
		else merged.push(term);
	}
	return merged;
}

const allStatuses = (statuses: GroupStatus[]) => statuses.length === GROUP_STATUSES.length;

/** The rule as a Prisma filter on groups, for lists (the viewer's organization is part of it). */
export function groupRuleWhere(viewer: Viewer, mode: GroupAccessMode): Prisma.GroupWhereInput {
	const terms = allowedTerms(viewer.role, mode).map((term): Prisma.GroupWhereInput => {
		const leads = term.leaders.filter((l): l is LeaderRole => l !== null);
		const none = term.leaders.includes(null);
		const leadership: Prisma.GroupWhereInput =
			leads.length === LEADER_KINDS.length - 1 && none
				? {}
				: none
					? leads.length === 0
						? { leaders: { none: { userId: viewer.userId } } }
						: { leaders: { none: { userId: viewer.userId, role: { notIn: leads } } } }
					: leads.length === LEADER_KINDS.length - 1
						? { leaders: { some: { userId: viewer.userId } } }
						: { leaders: { some: { userId: viewer.userId, role: { in: leads } } } };
		return allStatuses(term.statuses) ? leadership : { ...leadership, status: { in: term.statuses } };
	});
	const organizationId = viewer.organizationId;
	if (terms.length === 0) return { organizationId, id: { in: [] } };
	return terms.length === 1 ? { organizationId, ...terms[0] } : { organizationId, OR: terms };
}

/**
 * The rule as a SQL condition over the group `g` and the viewer's leadership `l` (see `groupAccessSql`), never
 * NULL (a missing leadership is tested with IS NULL), so that it can also be negated.
 */
export function groupRuleSql(role: OrgRole, mode: GroupAccessMode): Prisma.Sql {
	const list = (values: string[]) => Prisma.raw(values.map((v) => `'${v}'`).join(', '));
	const terms = allowedTerms(role, mode).map((term) => {
		const leads = term.leaders.filter((l): l is LeaderRole => l !== null);
		const none = term.leaders.includes(null);
		const leadership =
			leads.length === LEADER_KINDS.length - 1 && none
				? null
				: none
					? leads.length === 0
						? Prisma.sql`l.role IS NULL`
						: Prisma.sql`(l.role IS NULL OR l.role::text IN (${list(leads)}))`
					: leads.length === LEADER_KINDS.length - 1
						? Prisma.sql`l.role IS NOT NULL`
						: Prisma.sql`(l.role IS NOT NULL AND l.role::text IN (${list(leads)}))`;
		const status = allStatuses(term.statuses) ? null : Prisma.sql`g.status::text IN (${list(term.statuses)})`;
		const parts = [leadership, status].filter((p): p is Prisma.Sql => p !== null);
		return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, ' AND ', '(', ')');
	});
	return terms.length === 0 ? Prisma.sql`FALSE` : Prisma.join(terms, ' OR ', '(', ')');
}
