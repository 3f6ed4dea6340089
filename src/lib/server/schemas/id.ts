import { z } from 'zod';

/** A database id as the client sends it: bounded, so that garbage never reaches a query. */
export const idSchema = z
	.string()
	.min(1)
	.max(64)
	.regex(/^[A-Za-z0-9_-]+$/, 'errors.field.invalid');
