import { z } from 'zod';
import { idSchema } from '../../trpc/init';

export const createObservationInput = z.object({
	/** Null: about the whole group. */
	memberId: idSchema.nullable(),
	note: z.string().trim().min(1).max(2000),
	tags: z.array(z.string().trim().min(1).max(30)).max(10).default([])
});

export type CreateObservationInput = z.infer<typeof createObservationInput>;
