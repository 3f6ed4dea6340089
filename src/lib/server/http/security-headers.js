// Plain JavaScript on purpose: the hooks use it for pages and the API, and the built server's wrapper
// (secure-handler.js beside it) for the static files that adapter-node answers before any hook runs.

/**
 * The headers every answer carries. HSTS only under https: sent over plain http it would be ignored, and on
 * localhost it would pin the browser to https for every other app on that host.
 * @param {boolean} https
 * @returns {[string, string][]}
 */
export function securityHeaders(https) {
	/** @type {[string, string][]} */
	const headers = [
		['Referrer-Policy', 'same-origin'],
		['X-Content-Type-Options', 'nosniff'],
		['X-Frame-Options', 'DENY'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=()']
	];
	if (https) headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
	return headers;
}
