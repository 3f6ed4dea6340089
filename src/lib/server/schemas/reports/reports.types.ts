import { z } from 'zod';
import { idSchema } from '../id';

export const memberProgressInput = z.object({ memberId: idSchema });

export const closingReportInput = z.object({
	/** The facilitator's reflection (带领者反思), written into the report as it is (the closing summary's length). */
	reflection: z.string().max(10_000).default('')
});
