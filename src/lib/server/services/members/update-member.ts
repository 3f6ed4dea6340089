import type { PrismaClient } from '../../db/generated/client';
import { conflict, notFound } from '../../errors';
import type { MemberFields } from '../../schemas/members/members.types';
import type { GroupAccess } from '../access/require-group-access';
import { memberData } from './member-data';
import { seesIdentity } from '../access/identity';
import type { Viewer } from '../../../domain/viewer';
import { recordAudit } from '../audit/record-audit';

export interface UpdateMemberOptions extends MemberFields {
	memberId: string;
	version: number;
}

/** Edits the intake record of a member of this group, against the version the editor started from. */
export async function updateMember(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	options: UpdateMemberOptions
) {
	const { memberId, version, ...fields } = options;
	const member = await prisma.member.findFirst({
		where: {
			id: memberId,
			organizationId: access.organizationId,
			erasedAt: null,
			enrollments: { some: { groupId: access.groupId } }
		},
		select: {
			enrollments: { where: { groupId: access.groupId }, select: { leftAt: true } }
		}
	});
	if (!member) throw notFound();
	return prisma.$transaction(async (tx) => {
		const updated = await tx.member.updateMany({
			where: { id: memberId, version },
			data: {
				...editable(memberData(fields), seesIdentity(access.isLeader, member.enrollments[0])),
				version: { increment: 1 }
			}
		});
		if (updated.count === 0) throw conflict('errors.CONFLICT');
		await recordAudit(tx, viewer, {
			action: 'UPDATE',
			entity: 'Member',
			entityId: memberId,
			groupId: access.groupId,
			memberId: memberId
		});
		return { version: version + 1 };
	});
}

/** Only those who see real names and contacts (`seesIdentity`) may change them. */
function editable<T extends { realName: unknown; contact: unknown }>(data: T, isLeader: boolean) {
	if (isLeader) return data;
	const { realName: _realName, contact: _contact, ...rest } = data;
	return rest;
}
