import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { saveResponses } from '../measures/save-responses';
import { checkSelfReportTarget, type SelfReportTarget } from './self-report-target';

export interface SaveTabletOptions extends SelfReportTarget {
	access: GroupAccess;
	viewer: Viewer;
	itemScores: number[];
}

/** A member's own answers in member mode, on the facilitator's tablet: stored and audited as self-reported. */
export async function saveTablet(
	prisma: PrismaClient,
	{ access, viewer, itemScores, ...t }: SaveTabletOptions
) {
	const { sessionId } = await checkSelfReportTarget(prisma, access, t);
	return saveResponses(prisma, {
		access,
		viewer,
		memberId: t.memberId,
		point: t.point,
		sessionId,
		scores: [{ measureId: t.measureId, itemScores }],
		goals: [],
		source: 'SELF_TABLET'
	});
}
