import { z } from 'zod';
import { sessionStatusSchema } from '../../../domain/vocabularies';

export const finishSessionInput = z.object({ status: sessionStatusSchema });
