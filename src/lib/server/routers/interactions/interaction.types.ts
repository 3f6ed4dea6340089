import { z } from 'zod';
import { idSchema } from '../../trpc/init';
import { clientKeySchema } from '../attendance/mark-attendance.types';

export const INTERACTION_KINDS = [
	'SUPPORTS',
	'ASKS',
	'SHARES',
	'DISAGREES',
	'JOKES',
	'INTERRUPTS',
	'WITHDRAWS',
	'HELPS'
] as const;

export const createInteractionInput = z.object({
	fromMemberId: idSchema,
	/** Null: towards the whole group. */
	toMemberId: idSchema.nullable(),
	kind: z.enum(INTERACTION_KINDS),
	note: z.string().trim().max(1000).default(''),
	key: clientKeySchema.optional()
});

export const deleteInteractionInput = z.object({ interactionId: idSchema });

export type CreateInteractionInput = z.infer<typeof createInteractionInput>;
