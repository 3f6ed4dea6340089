import { z } from 'zod';
import { idSchema } from '../id';

/** The group the page was reached through: a session of another group is not found there. */
export const sessionRecordInput = z.object({ groupId: idSchema });
export type SessionRecordInput = z.infer<typeof sessionRecordInput>;
