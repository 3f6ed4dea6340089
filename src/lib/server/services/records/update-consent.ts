import type { PrismaClient } from '../../db/generated/client';
import type { MemberAccess } from '../access/require-member-access';
import { badRequest, conflict, notFound } from '../../errors';
import type { Viewer } from '../../../domain/viewer';
import { recordAudit } from '../audit/record-audit';
import { dateOnly, localDate } from '../../../domain/dates';
import type { ConsentScope } from '../../../domain/vocabularies';

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
	viewer: Viewer,
	access: MemberAccess,
	options: UpdateConsentOptions
) {
	const member = await prisma.member.findFirst({
		where: { id: access.memberId, organizationId: access.organizationId },
		select: {
			consentScope: true,
			consentDate: true,
			consentWithdrawnAt: true,
			erasedAt: true,
			organization: { select: { timeZone: true } }
		}
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
				? dateOnly(localDate(now, member.organization.timeZone))
				: member.consentDate;
	return prisma.$transaction(async (tx) => {
		const { count } = await tx.member.updateMany({
			where: { id: access.memberId, version: options.version },
			data: {
				consentScope: scopes,
				consentDate,
				consentWithdrawnAt: withdrawn.length > 0 ? now : member.consentWithdrawnAt,
				version: { increment: 1 }
			}
		});
		if (count === 0) throw conflict('records.stale');
		await recordAudit(tx, viewer, {
			action: 'UPDATE',
			entity: withdrawn.length > 0 ? 'ConsentWithdrawal' : 'Consent',
			entityId: access.memberId,
			memberId: access.memberId
		});
		return { withdrawn, granted, scopes, consentDate, version: options.version + 1 };
	});
}
