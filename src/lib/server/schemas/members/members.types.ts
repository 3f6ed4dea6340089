import { z } from 'zod';
import { CONSENT_SCOPES, GENDERS, MEMBER_LIMITS } from '../../../domain/member-import';
import { calendarDaySchema } from '../../../domain/dates';
import { idSchema } from '../id';

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.nullable()
		.transform((v) => (v ? v : null));

/** A member's intake record as leaders enter it. Consent to take part is required to be enrolled. */
export const memberFieldsSchema = z.object({
	realName: optionalText(MEMBER_LIMITS.realName),
	birthYear: z
		.number()
		.int()
		.min(MEMBER_LIMITS.minBirthYear)
		.max(2100)
		.refine((year) => year <= new Date().getUTCFullYear(), 'members.error.birthYearFuture'),
	gender: z.enum(GENDERS).nullable(),
	contact: optionalText(MEMBER_LIMITS.contact),
	intakeNeeds: z.string().trim().max(MEMBER_LIMITS.intakeNeeds),
	needTags: z.array(z.string().trim().min(1).max(MEMBER_LIMITS.needTag)).max(MEMBER_LIMITS.needTags),
	consentDate: calendarDaySchema,
	consentScope: z
		.array(z.enum(CONSENT_SCOPES))
		.max(CONSENT_SCOPES.length)
		.refine((scope) => scope.includes('PARTICIPATION'), 'members.error.needsParticipation')
});
export type MemberFields = z.infer<typeof memberFieldsSchema>;

export const updateMemberInput = memberFieldsSchema.extend({
	memberId: idSchema,
	version: z.number().int().min(1).max(2_147_483_647)
});

export const memberIdInput = z.object({ memberId: idSchema });

export const withdrawInput = z.object({
	memberId: idSchema,
	reason: z.string().trim().min(1).max(MEMBER_LIMITS.leaveReason)
});

export const searchInput = z.object({ code: z.string().trim().min(1).max(20) });

export const importInput = z.object({ csv: z.string().min(1).max(200_000) });
