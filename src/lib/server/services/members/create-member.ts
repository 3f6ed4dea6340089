import type { PrismaClient } from '../../db/generated/client';
import { badRequest } from '../../errors';
import type { MemberFields } from '../../schemas/members/members.types';
import type { GroupAccess } from '../access/require-group-access';
import { assertCapacity, lockGroup, nextCodes, withCodeRetry } from './member-codes';
import { memberData } from './member-data';
import type { Viewer } from '../../../domain/viewer';
import { recordAudit } from '../audit/record-audit';

/** Adds a new member to the organization with the next free code, and enrols them in this group. */
export async function createMember(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	fields: MemberFields
) {
	return withCodeRetry(() =>
		prisma.$transaction(async (tx) => {
			await lockGroup(tx, access.groupId);
			if (!(await assertCapacity(tx, access.groupId, 1)).fits) throw badRequest('members.error.full');
			const [code] = await nextCodes(tx, access.organizationId, 1);
			const member = await tx.member.create({
				data: {
					...memberData(fields),
					organizationId: access.organizationId,
					code,
					enrollments: {
						create: { organizationId: access.organizationId, groupId: access.groupId }
					}
				},
				select: { id: true, code: true }
			});
			await recordAudit(tx, viewer, {
				action: 'CREATE',
				entity: 'Member',
				entityId: member.id,
				groupId: access.groupId,
				memberId: member.id
			});
			return member;
		})
	);
}
