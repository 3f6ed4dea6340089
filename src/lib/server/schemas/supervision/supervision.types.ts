import { z } from 'zod';
import { idSchema } from '../id';

import { calendarDaySchema as day } from '../../../domain/dates';

export const compareInput = z.object({
	themes: z.array(z.string().min(1).max(40)).max(20).default([]),
	facilitatorId: idSchema.nullable().default(null),
	/** first and last day (both inclusive) of the groups' start dates */
	from: day.nullable().default(null),
	to: day.nullable().default(null)
});

export const statisticsInput = z.object({ from: day, to: day });
