import { describe, expect, it } from 'vitest';
import { load } from './+layout.server';

type LoadEvent = Parameters<typeof load>[0];
const loadWith = (locals: Partial<App.Locals>) => load({ locals } as unknown as LoadEvent);

describe('the root layout', () => {
	it('hands every page the organization’s time zone for formatting', () => {
		const viewer = { timeZone: 'America/New_York' } as App.Locals['viewer'];
		expect(loadWith({ locale: 'en', viewer })).toMatchObject({ timeZone: 'America/New_York' });
	});

	it('hands on neither the viewer nor the sign-in session id: the signed-in layout gives pages the viewer', () => {
		const viewer = { timeZone: 'UTC', authSessionId: 'secret-session' } as App.Locals['viewer'];
		expect(JSON.stringify(loadWith({ locale: 'en', viewer }))).not.toContain('secret-session');
	});

	it('falls back to the default zone for a signed-out page', () => {
		expect(loadWith({ locale: 'en', viewer: null })).toMatchObject({ timeZone: 'Asia/Shanghai' });
	});
});
