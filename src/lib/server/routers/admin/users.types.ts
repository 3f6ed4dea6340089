import { z } from 'zod';
import { orgRoleSchema } from '../../../domain/vocabularies';
import { idSchema } from '../../trpc/init';

export const createUserInput = z.object({
	name: z.string().trim().min(1).max(100),
	email: z.email('errors.field.invalid').max(200),
	password: z.string().min(8).max(128),
	role: orgRoleSchema
});

export const updateMembershipInput = z
	.object({ userId: idSchema, role: orgRoleSchema.optional(), active: z.boolean().optional() })
	.refine((input) => input.role !== undefined || input.active !== undefined, 'errors.field.required');
