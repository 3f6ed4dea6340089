import type { Prisma, PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { groupScope } from '../access/group-scope';

/** Closed groups the viewer may read, most recently closed first. */
export async function listArchived(
	prisma: PrismaClient,
	viewer: Viewer,
	options: { search?: string; page: number; pageSize: number }
) {
	const where: Prisma.GroupWhereInput = {
		...groupScope(viewer),
		status: 'CLOSED',
		...(options.search ? { name: { contains: options.search, mode: 'insensitive' } } : {})
	};
	const [total, groups] = await Promise.all([
		prisma.group.count({ where }),
		prisma.group.findMany({
			where,
			orderBy: [{ closedAt: 'desc' }, { name: 'asc' }],
			skip: (options.page - 1) * options.pageSize,
			take: options.pageSize,
			select: {
				id: true,
				name: true,
				theme: true,
				startDate: true,
				closedAt: true,
				closingSummary: true,
				leaders: { select: { role: true, user: { select: { name: true } } } },
				_count: { select: { enrollments: true, sessions: { where: { status: 'DONE' } } } }
			}
		})
	]);
	return {
		total,
		groups: groups.map(({ _count, leaders, ...group }) => ({
			...group,
			memberCount: _count.enrollments,
			sessionsRun: _count.sessions,
			leaders: leaders.map((l) => ({ role: l.role, name: l.user.name }))
		}))
	};
}
