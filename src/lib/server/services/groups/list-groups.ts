import type { Prisma, PrismaClient } from '../../db/generated/client';
import type { GroupStatus } from '../../db/generated/enums';
import type { Viewer } from '../../../domain/viewer';
import { groupScope } from '../access/group-scope';
import { activeMembersCount } from './active-members-count';

export interface ListGroupsOptions {
	status?: GroupStatus;
	search?: string;
	page: number;
	pageSize: number;
}

export async function listGroups(prisma: PrismaClient, viewer: Viewer, options: ListGroupsOptions) {
	const where: Prisma.GroupWhereInput = {
		...groupScope(viewer),
		...(options.status ? { status: options.status } : {}),
		...(options.search ? { name: { contains: options.search, mode: 'insensitive' } } : {})
	};
	const [total, groups] = await Promise.all([
		prisma.group.count({ where }),
		prisma.group.findMany({
			where,
			orderBy: { createdAt: 'desc' },
			skip: (options.page - 1) * options.pageSize,
			take: options.pageSize,
			select: {
				id: true,
				name: true,
				theme: true,
				status: true,
				startDate: true,
				plannedSessionCount: true,
				leaders: { select: { role: true, user: { select: { name: true } } } },
				_count: activeMembersCount
			}
		})
	]);
	return {
		total,
		groups: groups.map(({ leaders, _count, ...group }) => ({
			...group,
			activeMembers: _count.enrollments,
			leaders: leaders.map((l) => ({ role: l.role, name: l.user.name }))
		}))
	};
}
