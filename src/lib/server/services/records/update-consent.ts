import type { PrismaClient } from '../../db/generated/client';
import type { MemberAccess } from '../access/require-member-access';
import type { ConsentScope } from '../../../domain/vocabularies';
import { badRequest, conflict, notFound } from '../../errors';

export interface UpdateConsentOptions {
	version: number;
	scopes: ConsentScope[];
	consentDate?: Date | null;
}

/**
 * Records what the member agrees to. Withdrawing a scope (or all of them) keeps the original consent date and
 * stamps consentWithdrawnAt, and from then on assertConsent refuses new records of that kind.
 * A change made against an older version is refused, so two leaders editing at once never overwrite each other.
 */
export async function updateConsent(
	prisma: PrismaClient,
	access: MemberAccess,
	options: UpdateConsentOptions
) {
	const member = await prisma.member.findFirst({
		where: { id: access.memberId, organizationId: access.organizationId },
		select: { consentScope: true, consentDate: true, consentWithdrawnAt: true, erasedAt: true }
	});
	if (!member) throw notFound();
	if (member.erasedAt) throw badRequest('records.erased');
	const scopes = [...new Set(options.scopes)];
	const withdrawn = member.consentScope.filter((s) => !scopes.includes(s as ConsentScope));
	const granted = scopes.filter((s) => !member.consentScope.includes(s));
	const now = new Date();
	const consentDate =
		options.consentDate !== undefined && options.consentDate !== null
			? options.consentDate
			: granted.length > 0 && !member.consentDate
				? now
				: member.consentDate;
	const { count } = await prisma.member.updateMany({
		where: { id: access.memberId, version: options.version },
		data: {
			consentScope: scopes,
			consentDate,
			consentWithdrawnAt: withdrawn.length > 0 ? now : member.consentWithdrawnAt,
			version: { increment: 1 }
		}
	});
	if (count === 0) throw conflict('records.stale');
	return { withdrawn, granted, scopes, consentDate, version: options.version + 1 };
}
