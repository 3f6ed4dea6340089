import type { PrismaClient } from '../../db/generated/client';
import { notFound } from '../../errors';
import { hasConsent } from '../access/consent';
import { hashLinkToken } from './link-token';
import { limitLinkRequest } from './link-rate-limit';
import { QUESTIONNAIRE_SELECT, questionnaireOf } from './questionnaire-of';

/**
 * The questionnaire behind a one-time link, for someone without an account: nothing but the questionnaire (no
 * names, no group). An unknown, used or expired link gets one answer, so that none of the three can be told apart.
 */
export async function openLink(
	prisma: PrismaClient,
	{ token, address }: { token: string; address: string | null }
) {
	const tokenHash = hashLinkToken(token);
	await limitLinkRequest(prisma, tokenHash, address);
	const link = await prisma.selfReportLink.findUnique({
		where: { tokenHash },
		select: {
			usedAt: true,
			expiresAt: true,
			point: true,
			groupId: true,
			organization: { select: { timeZone: true } },
			measure: { select: QUESTIONNAIRE_SELECT },
			member: {
				select: {
					consentScope: true,
					erasedAt: true,
					enrollments: { where: { leftAt: null }, select: { groupId: true } }
				}
			}
		}
	});
	// A member who withdrew, left the group or was erased since the link was made is not asked any more.
	if (
		!link ||
		link.usedAt ||
		link.expiresAt <= new Date() ||
		!hasConsent(link.member, 'MEASURES') ||
		!link.member.enrollments.some((e) => e.groupId === link.groupId)
	)
		throw notFound('errors.selfReport.linkInvalid');
	return {
		questionnaire: questionnaireOf(link.measure),
		point: link.point,
		expiresAt: link.expiresAt,
		// The expiry is shown in the organization's zone (the visitor has no account to say which).
		timeZone: link.organization.timeZone
	};
}
