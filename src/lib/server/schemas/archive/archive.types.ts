import { z } from 'zod';

export const closeGroupInput = z.object({
	closingSummary: z.string().trim().min(1).max(10_000),
	/** The group version the closing leader saw; a group changed since then is not closed blindly. */
	version: z.number().int().min(1).max(1_000_000)
});

export const listArchivedInput = z.object({
	search: z.string().trim().max(100).optional(),
	page: z.number().int().min(1).max(10_000).default(1),
	pageSize: z.number().int().min(1).max(100).default(30)
});
