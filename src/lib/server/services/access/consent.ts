import type { Prisma } from '../../db/generated/client';
import type { ConsentScope } from '../../../domain/vocabularies';
import { badRequest } from '../../errors';

/**
 * Refuses a new record of this kind about members who have not consented to it, withdrew consent, or whose
 * personal data was erased (self-determination): notes need NOTES, measure scores need MEASURES.
 */
export async function assertConsent(
	prisma: Prisma.TransactionClient,
	memberIds: string[],
	scope: ConsentScope
) {
	if (memberIds.length === 0) return;
	const missing = await prisma.member.count({
		where: {
			id: { in: [...new Set(memberIds)] },
			OR: [{ NOT: { consentScope: { has: scope } } }, { erasedAt: { not: null } }]
		}
	});
	if (missing > 0) throw badRequest(`consent.missing.${scope}`);
}

/** Whether one member currently consents to this scope (for pages that hide an action rather than refuse it). */
export function hasConsent(member: { consentScope: string[]; erasedAt: Date | null }, scope: ConsentScope) {
	return member.erasedAt === null && member.consentScope.includes(scope);
}
