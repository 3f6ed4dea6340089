import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { forbidden, notFound } from '../../errors';

export interface MemberAccess {
	memberId: string;
	organizationId: string;
	/** Groups the member is still enrolled in that the viewer leads; real names are shown only when not empty. */
	ledGroupIds: string[];
	isLeader: boolean;
}

/**
 * Read: supervisors and admins of the organization, and leaders of a group the member is enrolled in.
 * Write: admins, and leaders of a group the member is enrolled in. Another organization's member is NOT_FOUND.
 */
export async function requireMemberAccess(
	prisma: PrismaClient,
	viewer: Viewer,
	memberId: string,
	mode: 'read' | 'write'
): Promise<MemberAccess> {
	const member = await prisma.member.findFirst({
		where: { id: memberId, organizationId: viewer.organizationId },
		select: {
			id: true,
			enrollments: {
				// A withdrawn enrolment grants nothing (see `seesIdentity`).
				where: { leftAt: null, group: { leaders: { some: { userId: viewer.userId } } } },
				select: { groupId: true }
			}
		}
	});
	if (!member) throw notFound();
	const ledGroupIds = member.enrollments.map((e) => e.groupId);
	const allowed =
		ledGroupIds.length > 0 || viewer.role === 'ADMIN' || (mode === 'read' && viewer.role === 'SUPERVISOR');
	if (!allowed) throw forbidden();
	return {
		memberId: member.id,
		organizationId: viewer.organizationId,
		ledGroupIds,
		isLeader: ledGroupIds.length > 0
	};
}
