// Copied into build/ by harden-build.js, which wraps adapter-node's handler with it: the static
// files under /_app (and everything else in build/client) are answered by adapter-node before SvelteKit's hooks
// run, so their security headers are set here, on every answer, before the handler writes it.
import { securityHeaders } from './security-headers.js';

const origin = process.env.ORIGIN;
const protocolHeader = process.env.PROTOCOL_HEADER?.toLowerCase();

/** The same rule as adapter-node's: ORIGIN when set, else the protocol header, else https. */
/** @param {import('node:http').IncomingMessage} req */
function isHttps(req) {
	if (origin) return origin.startsWith('https:');
	const protocol = protocolHeader ? req.headers[protocolHeader] : undefined;
	return (protocol || 'https') === 'https';
}

/** adapter-node's handler, with the security headers set on every answer before it is written. */
/**
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => unknown} Handler
 * @param {Handler} handler
 * @returns {Handler}
 */
export function secure(handler) {
	return (req, res, next) => {
		for (const [name, value] of securityHeaders(isHttps(req))) res.setHeader(name, value);
		return handler(req, res, next);
	};
}
