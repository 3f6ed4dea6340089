import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { recordAudit } from '../audit/record-audit';
import { checkSelfReportTarget, type SelfReportTarget } from './self-report-target';
import { hashLinkToken, newLinkToken } from './link-token';

export interface CreateLinkOptions extends SelfReportTarget {
	access: GroupAccess;
	viewer: Viewer;
	expiresInHours: number;
}

/**
 * A one-time link for one member to answer one questionnaire at one point in time. The token is answered once,
 * here, and only its hash is kept; the creation is audited with the link's row.
 */
export async function createLink(
	prisma: PrismaClient,
	{ access, viewer, expiresInHours, ...t }: CreateLinkOptions
) {
	const { measure, sessionId } = await checkSelfReportTarget(prisma, access, t);
	const token = newLinkToken();
	const expiresAt = new Date(Date.now() + expiresInHours * 3_600_000);
	const link = await prisma.$transaction(async (tx) => {
		const row = await tx.selfReportLink.create({
			data: {
				organizationId: access.organizationId,
				groupId: access.groupId,
				memberId: t.memberId,
				measureId: measure.id,
				point: t.point,
				sessionId,
				tokenHash: hashLinkToken(token),
				expiresAt,
				createdById: viewer.userId
			},
			select: { id: true }
		});
		await recordAudit(tx, viewer, {
			action: 'CREATE',
			entity: 'SelfReportLink',
			entityId: row.id,
			groupId: access.groupId,
			memberId: t.memberId
		});
		return row;
	});
	return { id: link.id, token, path: `/r/${token}`, expiresAt };
}
