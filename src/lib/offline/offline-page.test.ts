import { describe, expect, it } from 'vitest';
import { describePage, offlinePageHtml } from './offline-page';

describe('the offline page', () => {
	it('reads the language and title of a kept page', () => {
		expect(
			describePage(
				'<!doctype html><html lang="en"><head><title>Run · Teens &amp; Co · Group Work Studio</title>'
			)
		).toEqual({ locale: 'en', title: 'Run · Teens & Co · Group Work Studio' });
		expect(describePage('<html lang="fr"><head></head>')).toEqual({ locale: null, title: null });
	});

	it('says in the reader’s language that the page needs a connection, and lists the kept pages', () => {
		const html = offlinePageHtml({
			locale: 'en',
			reason: 'page',
			saved: [{ url: '/groups/g1/sessions/s1', title: 'Run <Teens>' }]
		});
		expect(html).toContain('<html lang="en">');
		expect(html).toContain('This page needs a connection');
		expect(html).toContain('<a href="/groups/g1/sessions/s1">Run &#60;Teens&#62;</a>');
		expect(html).not.toContain('<script');
	});

	it('is in Chinese by default, and says when nothing is kept', () => {
		const html = offlinePageHtml({ reason: 'page', saved: [] });
		expect(html).toContain('<html lang="zh-CN">');
		expect(html).toContain('此页面需要联网');
		expect(html).toContain('本机还没有保存可离线打开的页面');
	});

	it('after signing out with no network, says the device was cleared and lists nothing', () => {
		const html = offlinePageHtml({
			locale: 'en',
			reason: 'signOut',
			saved: [{ url: '/', title: 'Dashboard' }]
		});
		expect(html).toContain('Signing out needs a connection');
		expect(html).not.toContain('Dashboard');
		expect(html).toContain('<a class="retry" href="/">Open the dashboard</a>');
	});
});
