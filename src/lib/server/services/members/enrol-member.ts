import type { PrismaClient } from '../../db/generated/client';
import { badRequest, notFound } from '../../errors';
import type { GroupAccess } from '../access/require-group-access';
import { assertConsent } from '../access/consent';
import { assertCapacity, lockGroup } from './member-codes';

/** Enrols an existing member of the organization, or re-enrols one who withdrew; capacity and consent apply. */
export async function enrolMember(prisma: PrismaClient, access: GroupAccess, memberId: string) {
	return prisma.$transaction(async (tx) => {
		const member = await tx.member.findFirst({
			where: { id: memberId, organizationId: access.organizationId, erasedAt: null },
			select: {
				id: true,
				consentWithdrawnAt: true,
				enrollments: { where: { groupId: access.groupId }, select: { id: true, leftAt: true } }
			}
		});
		if (!member) throw notFound();
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
		return { memberId: member.id };
	});
}
