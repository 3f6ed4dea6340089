const BASE = 'http://same-origin.invalid';

/**
 * The same-origin path to go to after a form post, or `/`. Browsers read `\` as `/` and drop tabs and line
 * breaks inside a URL, so `/\evil.example` and `/<TAB>/evil.example` mean `//evil.example`, another site: any
 * backslash or control character is refused outright, and what is left must parse as a path of this origin.
 */
export function safeRedirect(target: unknown): string {
	if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return '/';
	// eslint-disable-next-line no-control-regex
	if (/[\\\u0000-\u001f\u007f]/.test(target)) return '/';
	let url: URL;
	try {
		url = new URL(target, BASE);
	} catch {
		return '/';
	}
	if (url.origin !== BASE) return '/';
	const path = url.pathname + url.search + url.hash;
	return path.startsWith('//') ? '/' : path;
}
