import type { PrismaClient } from '../../db/generated/client';
import type { GroupAccess } from '../access/require-group-access';

/**
 * Members of the organization found by code, to enrol an existing member (one record across groups).
 * Only the pseudonymous code, birth year and gender are shown: the searcher may not lead the member's groups.
 */
export async function searchMembers(prisma: PrismaClient, access: GroupAccess, code: string) {
	const members = await prisma.member.findMany({
		where: {
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
