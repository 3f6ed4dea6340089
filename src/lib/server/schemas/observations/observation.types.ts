import { z } from 'zod';
import { idSchema } from '../id';
import { clientKeySchema } from '../attendance/mark-attendance.types';

export const createObservationInput = z.object({
	/** Null: about the whole group. */
	memberId: idSchema.nullable(),
	note: z.string().trim().min(1).max(2000),
	tags: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
	key: clientKeySchema.optional()
});

export type CreateObservationInput = z.infer<typeof createObservationInput>;
