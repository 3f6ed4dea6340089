import { z } from 'zod';
import { idSchema } from '../id';
import { instantSchema } from '../../../domain/dates';

import { AUDIT_ACTIONS } from '../../../domain/audit';

export const auditFiltersInput = z.object({
	userId: idSchema.optional(),
	memberCode: z.string().trim().max(40).optional(),
	groupId: idSchema.optional(),
	action: z.enum(AUDIT_ACTIONS).optional(),
	from: instantSchema.optional(),
	to: instantSchema.optional()
});
export type AuditFilters = z.infer<typeof auditFiltersInput>;

export const listAuditInput = auditFiltersInput.extend({
	page: z.number().int().min(1).max(100_000).default(1),
	pageSize: z.number().int().min(1).max(200).default(50)
});
