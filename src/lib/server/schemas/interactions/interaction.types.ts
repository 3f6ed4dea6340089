import { z } from 'zod';
import { interactionKindSchema } from '../../../domain/vocabularies';
import { idSchema } from '../id';
import { clientKeySchema } from '../attendance/mark-attendance.types';

export const createInteractionInput = z.object({
	fromMemberId: idSchema,
	/** Null: towards the whole group. */
	toMemberId: idSchema.nullable(),
	kind: interactionKindSchema,
	note: z.string().trim().max(1000).default(''),
	key: clientKeySchema.optional()
});

export const deleteInteractionInput = z.object({ interactionId: idSchema });

export type CreateInteractionInput = z.infer<typeof createInteractionInput>;
