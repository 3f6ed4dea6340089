import type { PrismaClient } from '../../db/generated/client';
import { badRequest, notFound } from '../../errors';
import { scoreOf } from '../measures/score-of';
import { assertScoresUnlocked } from '../access/record-lock';
import { hashLinkToken } from './link-token';
import { limitLinkRequest } from './link-rate-limit';

/**
 * A member's answers through a one-time link. In one transaction: the link is claimed (only an unused, unexpired
 * one, so two submissions cannot both count), the answers checked and stored as self-reported (replacing that
 * point's earlier answers to the same questionnaire), and the submission audited. Bad answers roll it all back,
 * so the link stays usable.
 */
export async function submitLink(
	prisma: PrismaClient,
	{ token, itemScores, address }: { token: string; itemScores: number[]; address: string | null }
) {
	const tokenHash = hashLinkToken(token);
	await limitLinkRequest(prisma, tokenHash, address);
	const now = new Date();
	return prisma.$transaction(async (tx) => {
		const claimed = await tx.selfReportLink.updateMany({
			where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
			data: { usedAt: now }
		});
		if (claimed.count !== 1) throw notFound('errors.selfReport.linkInvalid');
		const link = await tx.selfReportLink.findUniqueOrThrow({
			where: { tokenHash },
			select: {
				id: true,
				organizationId: true,
				groupId: true,
				memberId: true,
				point: true,
				sessionId: true,
				createdById: true,
				session: { select: { scheduledAt: true } },
				measure: { select: { id: true, kind: true, items: true, itemMin: true, itemMax: true } }
			}
		});
		const enrolled = await tx.enrollment.count({
			where: { groupId: link.groupId, memberId: link.memberId, leftAt: null }
		});
		const consenting = await tx.member.count({
			where: { id: link.memberId, erasedAt: null, consentScope: { has: 'MEASURES' } }
		});
		if (enrolled === 0 || consenting === 0) throw notFound('errors.selfReport.linkInvalid');
		if (link.point === 'SESSION' && !link.sessionId) throw badRequest('measures.sessionRequired');
		const score = scoreOf(link.measure, itemScores);
		const base = {
			groupId: link.groupId,
			memberId: link.memberId,
			point: link.point,
			sessionId: link.sessionId,
			measureId: link.measure.id
		};
		// A signed-off record takes no more answers (the whole transaction rolls back: the link is not used up).
		await assertScoresUnlocked(tx, link);
		await tx.measureResponse.deleteMany({ where: { ...base, goalId: null } });
		await tx.measureResponse.create({
			data: {
				...base,
				organizationId: link.organizationId,
				takenAt: link.session?.scheduledAt ?? now,
				itemScores,
				score,
				source: 'SELF_LINK',
				createdById: link.createdById
			},
			select: { id: true }
		});
		// No signed-in person: the member answered through the link, which the row names.
		await tx.auditLog.create({
			data: {
				organizationId: link.organizationId,
				userId: null,
				actorName: null,
				action: 'CREATE',
				entity: 'SelfReportResponse',
				entityId: link.id,
				groupId: link.groupId,
				memberId: link.memberId
			},
			select: { id: true }
		});
		return { saved: true };
	});
}
