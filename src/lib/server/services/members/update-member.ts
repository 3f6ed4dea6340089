import type { PrismaClient } from '../../db/generated/client';
import { conflict, notFound } from '../../errors';
import type { MemberFields } from '../../routers/members/members.types';
import type { GroupAccess } from '../access/require-group-access';
import { memberData } from './member-data';

export interface UpdateMemberOptions extends MemberFields {
	memberId: string;
	version: number;
}

/** Edits the intake record of a member of this group, against the version the editor started from. */
export async function updateMember(prisma: PrismaClient, access: GroupAccess, options: UpdateMemberOptions) {
	const { memberId, version, ...fields } = options;
	const member = await prisma.member.findFirst({
		where: {
			id: memberId,
			organizationId: access.organizationId,
			erasedAt: null,
			enrollments: { some: { groupId: access.groupId } }
		},
		select: { organization: { select: { timeZone: true } } }
	});
	if (!member) throw notFound();
	const updated = await prisma.member.updateMany({
		where: { id: memberId, version },
		data: {
			...editable(memberData(fields, member.organization.timeZone), access.isLeader),
			version: { increment: 1 }
		}
	});
	if (updated.count === 0) throw conflict('errors.CONFLICT');
	return { version: version + 1 };
}

/** Only the group's leaders see real names and contacts, so only they may change them. */
function editable<T extends { realName: unknown; contact: unknown }>(data: T, isLeader: boolean) {
	if (isLeader) return data;
	const { realName: _realName, contact: _contact, ...rest } = data;
	return rest;
}
