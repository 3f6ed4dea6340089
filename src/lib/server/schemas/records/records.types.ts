import { z } from 'zod';
import { CONSENT_SCOPES, RECORD_KINDS } from '../../../domain/vocabularies';
import { idSchema } from '../id';
import { instantSchema } from '../../../domain/dates';

export const listMembersInput = z.object({
	search: z.string().trim().max(40).optional(),
	page: z.number().int().min(1).max(10_000).default(1),
	pageSize: z.number().int().min(1).max(100).default(50)
});

export const recordFiltersInput = z.object({
	groupId: idSchema.optional(),
	kinds: z.array(z.enum(RECORD_KINDS)).max(RECORD_KINDS.length).optional(),
	from: instantSchema.optional(),
	to: instantSchema.optional()
});
export type RecordFilters = z.infer<typeof recordFiltersInput>;

export const updateConsentInput = z.object({
	version: z.number().int().min(1).max(1_000_000),
	scopes: z.array(z.enum(CONSENT_SCOPES)).max(CONSENT_SCOPES.length),
	consentDate: instantSchema.nullable().optional()
});

export const eraseMemberInput = z.object({
	/** The member's code, typed by the admin: a mistyped or copied-from-elsewhere code stops the erasure. */
	confirmCode: z.string().trim().min(1).max(40)
});
