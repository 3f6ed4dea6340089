import { z } from 'zod';
import { idSchema } from '../id';

export const applyDebriefUpdateInput = z.object({
	/** A Yjs update, base64. Typing makes small ones; a first sync of a long text stays well under this. */
	update: z
		.string()
		.min(1)
		.max(400_000)
		.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'errors.field.invalid'),
	/** The sending tab, so that it can skip its own update when it comes back live. */
	clientId: z
		.string()
		.min(1)
		.max(64)
		.regex(/^[A-Za-z0-9_-]+$/, 'errors.field.invalid')
});

export const debriefVersionInput = z.object({ updateId: idSchema });

export const addDebriefCommentInput = z.object({ body: z.string().trim().min(1).max(2000) });

export const debriefEventsInput = z.object({
	clientId: z
		.string()
		.min(1)
		.max(64)
		.regex(/^[A-Za-z0-9_-]+$/, 'errors.field.invalid')
});

export const debriefPresenceInput = z.object({
	/** A Yjs awareness update of the sending tab, base64 (a few hundred bytes). */
	update: z
		.string()
		.min(1)
		.max(4000)
		.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'errors.field.invalid'),
	clientId: z
		.string()
		.min(1)
		.max(64)
		.regex(/^[A-Za-z0-9_-]+$/, 'errors.field.invalid')
});
