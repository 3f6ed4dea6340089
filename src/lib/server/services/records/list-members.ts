import type { Prisma, PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { seesIdentity } from '../access/identity';

export interface ListMembersOptions {
	search?: string;
	page: number;
	pageSize: number;
}

/**
 * The members index: facilitators see the members of groups they lead, supervisors and admins the whole
 * organization. Searched by code (the pseudonym); real names only where the viewer leads one of the member's groups.
 */
export async function listMembers(prisma: PrismaClient, viewer: Viewer, options: ListMembersOptions) {
	const leads = { leaders: { some: { userId: viewer.userId } } };
	const where: Prisma.MemberWhereInput = {
		organizationId: viewer.organizationId,
		// The same members `requireMemberAccess` lets a facilitator read: enrolled now in a group they lead.
		...(viewer.role === 'FACILITATOR' ? { enrollments: { some: { leftAt: null, group: leads } } } : {}),
		...(options.search ? { code: { contains: options.search, mode: 'insensitive' } } : {})
	};
	const [total, members] = await Promise.all([
		prisma.member.count({ where }),
		prisma.member.findMany({
			where,
			orderBy: { code: 'asc' },
			skip: (options.page - 1) * options.pageSize,
			take: options.pageSize,
			select: {
				id: true,
				code: true,
				realName: true,
				consentScope: true,
				consentWithdrawnAt: true,
				erasedAt: true,
				enrollments: {
					orderBy: { joinedAt: 'asc' },
					select: {
						leftAt: true,
						group: {
							select: {
								id: true,
								name: true,
								status: true,
								leaders: { where: { userId: viewer.userId }, select: { role: true } }
							}
						}
					}
				}
			}
		})
	]);
	return {
		total,
		members: members.map(({ realName, enrollments, ...member }) => {
			const isLeader = enrollments.some((e) => seesIdentity(e.group.leaders.length > 0, e));
			return {
				...member,
				realName: isLeader ? realName : null,
				groups: enrollments.map((e) => ({
					id: e.group.id,
					name: e.group.name,
					status: e.group.status,
					left: e.leftAt !== null
				}))
			};
		})
	};
}
