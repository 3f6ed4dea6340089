import { createHash, randomBytes } from 'node:crypto';

/** A link's secret: 32 random bytes, base64url. Only its hash is stored. */
export function newLinkToken() {
	return randomBytes(32).toString('base64url');
}

export function hashLinkToken(token: string) {
	return createHash('sha256').update(token).digest('hex');
}
