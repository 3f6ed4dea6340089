import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
	it('keeps a path of this site, with its query and fragment', () => {
		expect(safeRedirect('/groups/abc?tab=plan#s2')).toBe('/groups/abc?tab=plan#s2');
		expect(safeRedirect('/')).toBe('/');
		expect(safeRedirect('/a/%2F%2Fevil.example')).toBe('/a/%2F%2Fevil.example');
	});

	// Each of these is what `url.searchParams.get('redirectTo')` hands over, already decoded once.
	const offSite = [
		'//evil.example',
		'///evil.example',
		'/\\evil.example',
		'\\/evil.example',
		'/\\/evil.example',
		'\\\\evil.example',
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\n/evil.example',
		'/\u0000/evil.example',
		'\t//evil.example',
		' //evil.example',
		'https://evil.example',
		'http:evil.example',
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'evil.example',
		'',
		'/%5Cevil.example'.replace('%5C', '\\')
	];
	it.each(offSite)('sends %j home instead of off the site', (target) => {
		expect(safeRedirect(target)).toBe('/');
	});

	it('refuses what is not a string', () => {
		expect(safeRedirect(null)).toBe('/');
		expect(safeRedirect(undefined)).toBe('/');
		expect(safeRedirect(new File([], 'x'))).toBe('/');
	});

	it('never answers a path that a browser would read as another host', () => {
		for (const target of [...offSite, '/./\\evil', '/..//evil.example', '/a/../../\\evil']) {
			const result = safeRedirect(target);
			expect(new URL(result, 'https://app.example').host).toBe('app.example');
			expect(result.startsWith('//')).toBe(false);
		}
	});
});
