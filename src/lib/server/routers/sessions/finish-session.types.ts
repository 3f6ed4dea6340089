import { z } from 'zod';

export const finishSessionInput = z.object({ status: z.enum(['DONE', 'CANCELLED', 'PLANNED']) });
