import { z } from 'zod';
import { idSchema } from '../id';

export const memberProgressInput = z.object({ memberId: idSchema });

export const closingReportInput = z.object({
	/** The facilitator's reflection (带领者反思), written into the report as it is. */
	reflection: z.string().max(5000).default('')
});
