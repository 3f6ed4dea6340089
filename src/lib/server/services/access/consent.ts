import type { PrismaClient } from '../../db/generated/client';
import { badRequest } from '../../trpc/errors';

export const CONSENT_SCOPES = ['PARTICIPATION', 'NOTES', 'MEASURES', 'PHOTOS'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/**
 * Refuses a new record of this kind about members who have not consented to it, or withdrew consent
 * (self-determination): notes need NOTES, measure scores need MEASURES.
 */
export async function assertConsent(prisma: PrismaClient, memberIds: string[], scope: ConsentScope) {
	if (memberIds.length === 0) return;
	const missing = await prisma.member.count({
		where: { id: { in: memberIds }, NOT: { consentScope: { has: scope } } }
	});
	if (missing > 0) throw badRequest(`consent.missing.${scope}`);
}
