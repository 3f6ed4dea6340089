import { z } from 'zod';

export const listGroupsInput = z.object({
	status: z.enum(['PLANNING', 'RECRUITING', 'RUNNING', 'CLOSED']).optional(),
	search: z.string().trim().max(100).optional(),
	page: z.number().int().min(1).max(10_000).default(1),
	pageSize: z.number().int().min(1).max(100).default(30)
});
