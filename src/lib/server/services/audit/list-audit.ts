import type { Prisma, PrismaClient } from '../../db/generated/client';
import type { AuditFilters } from '../../schemas/audit/audit.types';

/** Where-clause for the organization's audit rows matching the filters (member by code, as people know them). */
async function auditWhere(
	prisma: PrismaClient,
	organizationId: string,
	filters: AuditFilters
): Promise<Prisma.AuditLogWhereInput> {
	let memberIds: string[] | undefined;
	if (filters.memberCode) {
		const members = await prisma.member.findMany({
			where: { organizationId, code: { contains: filters.memberCode, mode: 'insensitive' } },
			take: 500,
			select: { id: true }
		});
		memberIds = members.map((m) => m.id);
	}
	return {
		organizationId,
		...(filters.userId ? { userId: filters.userId } : {}),
		...(filters.groupId ? { groupId: filters.groupId } : {}),
		...(filters.action ? { action: filters.action } : {}),
		...(memberIds ? { memberId: { in: memberIds } } : {}),
		...(filters.from || filters.to
			? {
					createdAt: {
						...(filters.from ? { gte: filters.from } : {}),
						...(filters.to ? { lte: filters.to } : {})
					}
				}
			: {})
	};
}

/**
 * Audit rows with the names people recognise: the actor's name as it was when they acted (a later rename does not
 * change the log), member code and group name (three look-ups, not one per row).
 */
async function withNames(
	prisma: PrismaClient,
	organizationId: string,
	rows: {
		id: string;
		createdAt: Date;
		userId: string | null;
		actorName: string | null;
		action: string;
		entity: string;
		entityId: string | null;
		groupId: string | null;
		memberId: string | null;
	}[]
) {
	const ids = (key: 'userId' | 'memberId' | 'groupId') => [
		...new Set(rows.map((r) => r[key]).filter((v): v is string => v !== null))
	];
	const [users, members, groups] = await Promise.all([
		prisma.user.findMany({
			where: { id: { in: ids('userId') } },
			select: { id: true, name: true, email: true }
		}),
		prisma.member.findMany({
			where: { organizationId, id: { in: ids('memberId') } },
			select: { id: true, code: true }
		}),
		prisma.group.findMany({
			where: { organizationId, id: { in: ids('groupId') } },
			select: { id: true, name: true }
		})
	]);
	const userBy = new Map(users.map((u) => [u.id, u]));
	const codeBy = new Map(members.map((m) => [m.id, m.code]));
	const groupBy = new Map(groups.map((g) => [g.id, g.name]));
	return rows.map((r) => ({
		...r,
		userName: r.actorName ?? (r.userId ? (userBy.get(r.userId)?.name ?? null) : null),
		userEmail: r.userId ? (userBy.get(r.userId)?.email ?? null) : null,
		memberCode: r.memberId ? (codeBy.get(r.memberId) ?? null) : null,
		groupName: r.groupId ? (groupBy.get(r.groupId) ?? null) : null
	}));
}

const rowSelect = {
	id: true,
	createdAt: true,
	userId: true,
	actorName: true,
	action: true,
	entity: true,
	entityId: true,
	groupId: true,
	memberId: true
} as const;

export async function listAudit(
	prisma: PrismaClient,
	organizationId: string,
	options: AuditFilters & { page: number; pageSize: number }
) {
	const where = await auditWhere(prisma, organizationId, options);
	const [total, rows] = await Promise.all([
		prisma.auditLog.count({ where }),
		prisma.auditLog.findMany({
			where,
			orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
			skip: (options.page - 1) * options.pageSize,
			take: options.pageSize,
			select: rowSelect
		})
	]);
	return {
		total,
		page: options.page,
		pageSize: options.pageSize,
		rows: await withNames(prisma, organizationId, rows)
	};
}

/** The most rows one CSV export holds; narrow the filters for more. */
export const AUDIT_EXPORT_LIMIT = 50_000;

export async function auditRowsForExport(
	prisma: PrismaClient,
	organizationId: string,
	filters: AuditFilters
) {
	const where = await auditWhere(prisma, organizationId, filters);
	const rows = await prisma.auditLog.findMany({
		where,
		orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
		take: AUDIT_EXPORT_LIMIT,
		select: rowSelect
	});
	return withNames(prisma, organizationId, rows);
}

/** Who and which groups the filter lists offer. */
export async function auditFilterOptions(prisma: PrismaClient, organizationId: string) {
	const [memberships, groups] = await Promise.all([
		prisma.membership.findMany({
			where: { organizationId },
			orderBy: { createdAt: 'asc' },
			select: { user: { select: { id: true, name: true } } }
		}),
		prisma.group.findMany({
			where: { organizationId },
			orderBy: { name: 'asc' },
			select: { id: true, name: true }
		})
	]);
	return { users: memberships.map((m) => m.user), groups };
}
