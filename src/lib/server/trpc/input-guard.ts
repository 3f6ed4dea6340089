import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';

export const BAD_TEXT_KEY = 'errors.field.badCharacters';

// A NUL byte (PostgreSQL refuses it in text and JSON) or a UTF-16 surrogate without its pair (not valid UTF-8,
// refused in JSON columns): no real text holds either, so they are refused rather than silently changed.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Generous: real inputs are a few levels deep; a deeper one is refused rather than walked. */
const MAX_DEPTH = 32;

export function hasBadText(text: string): boolean {
	return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

/** The path of the first string (value or key) at any depth of a raw input that holds bad text, or null. */
export function findBadText(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
	if (typeof value === 'string') return hasBadText(value) ? path : null;
	if (typeof value !== 'object' || value === null || value instanceof Date) return null;
	if (path.length >= MAX_DEPTH) return path;
	const entries: [string | number, unknown][] =
		value instanceof Map
			? [...value.entries()].flatMap(([k, v], i): [string | number, unknown][] => [
					[i, k],
					[i, v]
				])
			: value instanceof Set
				? [...value].map((v, i) => [i, v])
				: Array.isArray(value)
					? value.map((v, i) => [i, v])
					: Object.entries(value);
	for (const [key, item] of entries) {
		if (typeof key === 'string' && hasBadText(key)) return [...path, key];
		const found = findBadText(item, [...path, key]);
		if (found) return found;
	}
	return null;
}

/**
 * Checks every string of the raw input, before any schema parses it, so that every procedure (and every one
 * added later) refuses bad text with the same 400 and field path.
 */
export async function refuseBadText(getRawInput: () => Promise<unknown>) {
	const path = findBadText(await getRawInput());
	if (!path) return;
	throw new TRPCError({
		code: 'BAD_REQUEST',
		message: BAD_TEXT_KEY,
		cause: new ZodError([{ code: 'custom', path, message: BAD_TEXT_KEY, input: undefined }])
	});
}
