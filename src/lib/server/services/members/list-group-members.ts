import type { PrismaClient } from '../../db/generated/client';
import { memberProfileSelect } from './member-profile-select';
import type { Viewer } from '../../../domain/viewer';
import { notFound } from '../../errors';
import type { GroupAccess } from '../access/require-group-access';
import { seesIdentity } from '../access/identity';
import { recordAudit } from '../audit/record-audit';

/**
 * The group's members with their intake records. Real names and contacts go to the group's leaders only;
 * everyone else sees codes. The read is audited (intake needs are sensitive).
 */
export async function listGroupMembers(prisma: PrismaClient, viewer: Viewer, access: GroupAccess) {
	const group = await prisma.group.findUnique({
		where: { id: access.groupId },
		select: {
			id: true,
			name: true,
			capacity: true,
			status: true,
			organization: { select: { timeZone: true } },
			enrollments: {
				orderBy: [{ leftAt: { sort: 'asc', nulls: 'first' } }, { member: { code: 'asc' } }],
				select: {
					joinedAt: true,
					leftAt: true,
					leaveReason: true,
					member: { select: memberProfileSelect }
				}
			}
		}
	});
	if (!group) throw notFound();
	await recordAudit(prisma, viewer, { action: 'READ', entity: 'GroupMembers', groupId: access.groupId });
	const { enrollments, organization, ...rest } = group;
	return {
		...rest,
		timeZone: organization.timeZone,
		isLeader: access.isLeader,
		canWrite: access.canWrite,
		activeCount: enrollments.filter((e) => e.leftAt === null).length,
		enrollments: enrollments.map(({ member, ...enrollment }) => ({
			...enrollment,
			member: {
				...member,
				realName: seesIdentity(access.isLeader, enrollment) ? member.realName : null,
				contact: seesIdentity(access.isLeader, enrollment) ? member.contact : null
			}
		}))
	};
}
