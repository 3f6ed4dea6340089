import type { PrismaClient } from '../../db/generated/client';
import type { MeasurePoint } from '../../db/generated/enums';
import type { GroupAccess } from '../access/require-group-access';
import { hasConsent } from '../access/consent';
import { badRequest } from '../../errors';
import { QUESTIONNAIRE_SELECT } from './questionnaire-of';

export interface SelfReportTarget {
	memberId: string;
	measureId: string;
	point: MeasurePoint;
	sessionId: string | null;
}

/**
 * Checks that a member of this group (enrolled now, consenting to measures) may answer this questionnaire at this
 * point: one of the organization's or the built-in scales the group uses (GAS is rated by the facilitator, the
 * session rating belongs to a session), and a session of this group when the point is a session.
 */
export async function checkSelfReportTarget(prisma: PrismaClient, access: GroupAccess, t: SelfReportTarget) {
	if (t.point === 'SESSION' && !t.sessionId) throw badRequest('measures.sessionRequired');
	const sessionId = t.point === 'SESSION' ? t.sessionId : null;
	const [enrollment, session, measure, group] = await Promise.all([
		prisma.enrollment.findFirst({
			where: { groupId: access.groupId, memberId: t.memberId, leftAt: null },
			select: { member: { select: { consentScope: true, erasedAt: true } } }
		}),
		sessionId
			? prisma.session.findFirst({ where: { id: sessionId, groupId: access.groupId }, select: { id: true } })
			: null,
		prisma.measure.findFirst({
			where: {
				id: t.measureId,
				OR: [{ organizationId: null }, { organizationId: access.organizationId }]
			},
			select: QUESTIONNAIRE_SELECT
		}),
		prisma.group.findUnique({ where: { id: access.groupId }, select: { theme: true } })
	]);
	if (!enrollment) throw badRequest('measures.memberNotInGroup');
	if (!hasConsent(enrollment.member, 'MEASURES')) throw badRequest('consent.missing.MEASURES');
	if (sessionId && !session) throw badRequest('measures.sessionNotInGroup');
	if (
		!measure ||
		measure.kind === 'GAS' ||
		(measure.kind === 'SESSION_RATING' && t.point !== 'SESSION') ||
		(measure.kind === 'LONELINESS' && group?.theme !== 'ELDER_SOCIAL')
	)
		throw badRequest('measures.unknownMeasure');
	return { measure, sessionId };
}
