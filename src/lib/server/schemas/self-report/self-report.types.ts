import { z } from 'zod';
import { measurePointSchema } from '../../../domain/vocabularies';
import { SELF_REPORT_LINK_HOURS } from '../../../domain/self-report';
import { idSchema } from '../id';

/** One member, one questionnaire, one point in time (and its session when the point is a session). */
export const selfReportTarget = {
	memberId: idSchema,
	measureId: idSchema,
	point: measurePointSchema,
	sessionId: idSchema.nullable().default(null)
};

export const memberFormInput = z.object(selfReportTarget);

const itemScores = z.array(z.number().int().min(-100).max(100)).min(1).max(50);

export const saveTabletInput = z.object({ ...selfReportTarget, itemScores });

export const createLinkInput = z.object({
	...selfReportTarget,
	expiresInHours: z
		.number()
		.int()
		.min(SELF_REPORT_LINK_HOURS.min)
		.max(SELF_REPORT_LINK_HOURS.max)
		.default(SELF_REPORT_LINK_HOURS.default)
});

/** A link's token: 43 characters of base64url (32 random bytes). */
export const linkTokenSchema = z
	.string()
	.min(20)
	.max(100)
	.regex(/^[A-Za-z0-9_-]+$/, 'errors.selfReport.linkInvalid');

export const openLinkInput = z.object({ token: linkTokenSchema });

export const submitLinkInput = z.object({ token: linkTokenSchema, itemScores });

export const leaveMemberModeInput = z.object({ password: z.string().min(1).max(200) });
