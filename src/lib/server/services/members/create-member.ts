import type { PrismaClient } from '../../db/generated/client';
import { badRequest } from '../../errors';
import type { MemberFields } from '../../routers/members/members.types';
import type { GroupAccess } from '../access/require-group-access';
import { assertCapacity, lockGroup, nextCodes, withCodeRetry } from './member-codes';
import { memberData } from './member-data';

/** Adds a new member to the organization with the next free code, and enrols them in this group. */
export async function createMember(prisma: PrismaClient, access: GroupAccess, fields: MemberFields) {
	return withCodeRetry(() =>
		prisma.$transaction(async (tx) => {
			await lockGroup(tx, access.groupId);
			if (!(await assertCapacity(tx, access.groupId, 1)).fits) throw badRequest('members.error.full');
			const { timeZone } = await tx.organization.findUniqueOrThrow({
				where: { id: access.organizationId },
				select: { timeZone: true }
			});
			const [code] = await nextCodes(tx, access.organizationId, 1);
			return tx.member.create({
				data: {
					...memberData(fields, timeZone),
					organizationId: access.organizationId,
					code,
					enrollments: {
						create: { organizationId: access.organizationId, groupId: access.groupId }
					}
				},
				select: { id: true, code: true }
			});
		})
	);
}
