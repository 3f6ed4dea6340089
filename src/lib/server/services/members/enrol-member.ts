import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { forbidden } from '../../errors';
import { badRequest, notFound } from '../../errors';
import type { GroupAccess } from '../access/require-group-access';
import { assertConsent } from '../access/consent';
import { enrolmentsBarring } from '../access/enrollable-members';
import { assertCapacity, lockGroup } from './member-codes';
import { recordAudit } from '../audit/record-audit';

/**
 * Enrols an existing member of the organization, or re-enrols one who withdrew; capacity and consent apply, and
 * only an admin enrols a member of a group the caller does not lead (see `enrollableMembers`).
 */
export async function enrolMember(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	memberId: string
) {
	return prisma.$transaction(async (tx) => {
		const member = await tx.member.findFirst({
			where: { id: memberId, organizationId: access.organizationId, erasedAt: null },
			select: {
				id: true,
				consentWithdrawnAt: true,
				enrollments: { where: { groupId: access.groupId }, select: { id: true, leftAt: true } },
				_count: { select: { enrollments: { where: enrolmentsBarring(viewer) } } }
			}
		});
		if (!member) throw notFound();
		if (member._count.enrollments > 0) throw forbidden('members.error.enrolledElsewhere');
		const existing = member.enrollments[0];
		if (existing && existing.leftAt === null) throw badRequest('members.error.alreadyEnrolled');
		if (member.consentWithdrawnAt) throw badRequest('consent.missing.PARTICIPATION');
		await assertConsent(tx as PrismaClient, [member.id], 'PARTICIPATION');
		await lockGroup(tx, access.groupId);
		if (!(await assertCapacity(tx, access.groupId, 1)).fits) throw badRequest('members.error.full');
		if (existing)
			await tx.enrollment.update({
				where: { id: existing.id },
				data: { leftAt: null, leaveReason: null, joinedAt: new Date() }
			});
		else
			await tx.enrollment.create({
				data: { organizationId: access.organizationId, groupId: access.groupId, memberId: member.id }
			});
		await recordAudit(tx, viewer, {
			action: 'UPDATE',
			entity: 'Member',
			entityId: member.id,
			groupId: access.groupId,
			memberId: member.id
		});
		return { memberId: member.id };
	});
}
