import { z } from 'zod';
import { conflictTypeSchema } from '../../../domain/vocabularies';
import { idSchema } from '../id';
import { instantSchema } from '../../../domain/dates';
import { clientKeySchema } from '../attendance/mark-attendance.types';

const conflictFields = {
	memberIds: z.array(idSchema).min(1, 'conflicts.membersRequired').max(20),
	type: conflictTypeSchema,
	severity: z.number().int().min(1).max(5),
	description: z.string().trim().min(1).max(2000),
	handling: z.string().trim().max(2000).default(''),
	resolved: z.boolean().default(false),
	followUpAt: instantSchema.nullable().default(null)
};

export const createConflictInput = z.object({ ...conflictFields, key: clientKeySchema.optional() });

export const updateConflictInput = z.object({
	conflictId: idSchema,
	version: z.number().int().min(1).max(1_000_000),
	...conflictFields
});

export const resolveConflictInput = z.object({
	conflictId: idSchema,
	version: z.number().int().min(1).max(1_000_000),
	resolved: z.boolean()
});

export const deleteConflictInput = z.object({ conflictId: idSchema });

export const listConflictsInput = z.object({
	type: conflictTypeSchema.optional(),
	resolved: z.boolean().optional(),
	sessionId: idSchema.optional()
});

export type CreateConflictInput = z.infer<typeof createConflictInput>;
export type UpdateConflictInput = z.infer<typeof updateConflictInput>;
export type ListConflictsInput = z.infer<typeof listConflictsInput>;
