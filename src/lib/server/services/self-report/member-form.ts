import type { PrismaClient } from '../../db/generated/client';
import type { GroupAccess } from '../access/require-group-access';
import { checkSelfReportTarget, type SelfReportTarget } from './self-report-target';
import { questionnaireOf } from './questionnaire-of';

/** The questionnaire member mode shows on the tablet: nothing of the member, the group or anyone else. */
export async function memberForm(prisma: PrismaClient, access: GroupAccess, target: SelfReportTarget) {
	const { measure } = await checkSelfReportTarget(prisma, access, target);
	return { questionnaire: questionnaireOf(measure) };
}
