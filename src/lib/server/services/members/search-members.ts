import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { enrollableMembers } from '../access/enrollable-members';

/**
 * Members the viewer may enrol into this group (see `enrollableMembers`), found by code. Only the pseudonymous
 * code, birth year and gender are shown.
 */
export async function searchMembers(prisma: PrismaClient, viewer: Viewer, access: GroupAccess, code: string) {
	const members = await prisma.member.findMany({
		where: {
			...enrollableMembers(viewer),
			organizationId: access.organizationId,
			erasedAt: null,
			code: { contains: code, mode: 'insensitive' },
			NOT: { enrollments: { some: { groupId: access.groupId, leftAt: null } } }
		},
		orderBy: { code: 'asc' },
		take: 10,
		select: { id: true, code: true, birthYear: true, gender: true, consentScope: true }
	});
	return members.map(({ consentScope, ...m }) => ({
		...m,
		consentsToParticipate: consentScope.includes('PARTICIPATION')
	}));
}
