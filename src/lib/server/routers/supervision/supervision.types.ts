import { z } from 'zod';
import { idSchema } from '../../trpc/init';
import { isCalendarDate } from '../../../domain/group-schedule';

/** A calendar day, yyyy-mm-dd, that exists. */
const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.field.invalid')
	.refine(isCalendarDate, 'errors.field.invalid');

export const compareInput = z.object({
	themes: z.array(z.string().min(1).max(40)).max(20).default([]),
	facilitatorId: idSchema.nullable().default(null),
	/** first and last day (both inclusive) of the groups' start dates */
	from: day.nullable().default(null),
	to: day.nullable().default(null)
});

export const statisticsInput = z.object({ from: day, to: day });
