import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { LeaderRole } from '../../db/generated/enums';
import type { Viewer } from '../../../domain/viewer';
import { forbidden, notFound } from '../../errors';
import { groupAccessVerdict, groupRuleSql, type GroupAccessMode } from './group-access-rule';

export type { GroupAccessMode } from './group-access-rule';

export interface GroupAccess {
	groupId: string;
	organizationId: string;
	status: 'PLANNING' | 'RECRUITING' | 'RUNNING' | 'CLOSED';
	leaderRole: LeaderRole | null;
	/** Leaders see members' real names; nobody else does. */
	isLeader: boolean;
	/** Whether the viewer may change the group now (the rule's write mode), for pages that show or hide edits. */
	canWrite: boolean;
}

/** The columns an access decision needs, for a group found by id or through one of its sessions. */
const groupAccessSelect = (viewer: Viewer) =>
	({
		id: true,
		organizationId: true,
		status: true,
		leaders: { where: { userId: viewer.userId }, select: { role: true } }
	}) as const;

type GroupAccessRow = {
	id: string;
	organizationId: string;
	status: GroupAccess['status'];
	leaders: { role: LeaderRole }[];
};

export function decideGroupAccess(
	group: GroupAccessRow | null,
	viewer: Viewer,
	mode: GroupAccessMode
): GroupAccess {
	if (!group) throw notFound();
	const leaderRole = group.leaders[0]?.role ?? null;
	const verdict = groupAccessVerdict(viewer.role, leaderRole, group.status, mode);
	if (verdict === 'forbidden') throw forbidden();
	if (verdict === 'closed') throw forbidden('errors.groupClosed');
	return {
		groupId: group.id,
		organizationId: group.organizationId,
		status: group.status,
		leaderRole,
		isLeader: leaderRole !== null,
		canWrite: groupAccessVerdict(viewer.role, leaderRole, group.status, 'write') === 'allowed'
	};
}

/** Decides by the rule of `groupAccessVerdict`; another organization's group is NOT_FOUND. */
export async function requireGroupAccess(
	prisma: PrismaClient,
	viewer: Viewer,
	groupId: string,
	mode: GroupAccessMode
): Promise<GroupAccess> {
	const group = await prisma.group.findFirst({
		where: { id: groupId, organizationId: viewer.organizationId },
		select: groupAccessSelect(viewer)
	});
	return decideGroupAccess(group, viewer, mode);
}

/** Resolves a session to its group and checks access to that group, in one query. */
export async function requireSessionAccess(
	prisma: PrismaClient,
	viewer: Viewer,
	sessionId: string,
	mode: GroupAccessMode
): Promise<GroupAccess & { sessionId: string }> {
	const session = await prisma.session.findFirst({
		where: { id: sessionId, organizationId: viewer.organizationId },
		select: { group: { select: groupAccessSelect(viewer) } }
	});
	return { ...decideGroupAccess(session?.group ?? null, viewer, mode), sessionId };
}

/** The access columns a statement that checks access itself selects (see `groupAccessSql`). */
export interface GroupAccessColumns {
	groupId: string;
	organizationId: string;
	status: GroupAccess['status'];
	leaderRole: LeaderRole | null;
}

/**
 * SQL pieces for a hot statement that checks access itself, so that a read is one round trip instead of two:
 * `from` joins the group `g` to the viewer's leadership `l`, `where` keeps the viewer's organization, `columns`
 * selects what `decideGroupAccess` needs, and `allowed` is the rule generated as SQL, for guarding a conditional
 * write (an audit row) in the same statement.
 */
export function groupAccessSql(viewer: Viewer, mode: GroupAccessMode) {
	return {
		from: Prisma.sql`"Group" g LEFT JOIN "GroupLeader" l ON l."groupId" = g.id AND l."userId" = ${viewer.userId}`,
		where: Prisma.sql`g."organizationId" = ${viewer.organizationId}`,
		columns: Prisma.sql`g.id AS "groupId", g."organizationId", g.status::text AS status, l.role::text AS "leaderRole"`,
		allowed: groupRuleSql(viewer.role, mode)
	};
}

/** Decides access from the columns of `groupAccessSql` (no row: no such group in the viewer's organization). */
export function decideFromColumns(
	row: GroupAccessColumns | null | undefined,
	viewer: Viewer,
	mode: GroupAccessMode
): GroupAccess {
	return decideGroupAccess(
		row
			? {
					id: row.groupId,
					organizationId: row.organizationId,
					status: row.status,
					leaders: row.leaderRole ? [{ role: row.leaderRole }] : []
				}
			: null,
		viewer,
		mode
	);
}
