import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The session token of a signed session cookie, checked the way better-auth signs it (better-call's
 * `signCookieValue`: `<token>.<base64 HMAC-SHA256 of the token under the auth secret>`), or null when the value is
 * missing, malformed or signed with another secret. `mac` is the recomputed signature: a keyed hash of the token,
 * used as the session cache's key so that the cache never holds a token itself.
 */
export function verifySessionCookie(
	value: string | undefined,
	secret: string
): { token: string; mac: string } | null {
	if (!value) return null;
	const dot = value.lastIndexOf('.');
	if (dot < 1) return null;
	const token = value.slice(0, dot);
	const signature = value.slice(dot + 1);
	if (signature.length !== 44 || !signature.endsWith('=')) return null;
	// Compared as text: base64 decoding is lenient, and the signature has exactly one spelling.
	const expected = createHmac('sha256', secret).update(token).digest('base64');
	const given = Buffer.from(signature);
	if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) return null;
	return { token, mac: expected };
}
