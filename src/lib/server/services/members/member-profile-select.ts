import type { Prisma } from '../../db/generated/client';

/** A member's profile as the members page and the member record show it (real name and contact are masked later). */
export const memberProfileSelect = {
	id: true,
	code: true,
	realName: true,
	birthYear: true,
	gender: true,
	contact: true,
	intakeNeeds: true,
	needTags: true,
	consentDate: true,
	consentScope: true,
	consentWithdrawnAt: true,
	erasedAt: true,
	version: true
} satisfies Prisma.MemberSelect;
