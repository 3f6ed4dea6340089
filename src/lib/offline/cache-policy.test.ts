import { describe, expect, it } from 'vitest';
import {
	companionPages,
	countWaitingChanges,
	isDownload,
	isKeptOffline,
	pageKey,
	pageOfDataRequest
} from './cache-policy';

describe('the pages kept for offline use', () => {
	it('keeps the dashboard, a group, and a session’s run screen and plan', () => {
		expect(isKeptOffline('/')).toBe(true);
		expect(isKeptOffline('/groups/g1')).toBe(true);
		expect(isKeptOffline('/groups/g1/sessions/s1')).toBe(true);
		expect(isKeptOffline('/groups/g1/sessions/s1/plan')).toBe(true);
	});

	it('never keeps sign-in, the API, exports, documents, records or other pages', () => {
		for (const path of [
			'/sign-in',
			'/sign-out',
			'/api/auth/session',
			'/api/trpc/sessions.run',
			'/groups/new',
			'/groups/archived',
			'/groups/g1/exports',
			'/groups/g1/exports/plan.docx',
			'/groups/g1/exports/sessions.ics',
			'/groups/g1/outcomes/report.docx',
			'/groups/g1/sessions/s1/debrief',
			'/groups/g1/members',
			'/groups/archived/g1/export',
			'/members/m1',
			'/members/m1/export/json',
			'/supervision/export.csv',
			'/admin/audit/export',
			'/manifest.webmanifest',
			'/groups/g1/sessions/s1/plan/extra'
		])
			expect(isKeptOffline(path), path).toBe(false);
	});

	it('keeps a session’s plan with its run screen', () => {
		expect(companionPages('/groups/g1/sessions/s1')).toEqual(['/groups/g1/sessions/s1/plan']);
		expect(companionPages('/groups/g1/sessions/s1/plan')).toEqual([]);
		expect(companionPages('/groups/g1')).toEqual([]);
	});

	it('recognises the downloads, which are left to the browser', () => {
		expect(isDownload('/groups/g1/exports/plan.docx')).toBe(true);
		expect(isDownload('/groups/g1/exports/sessions.ics')).toBe(true);
		expect(isDownload('/supervision/statistics/export.csv')).toBe(true);
		expect(isDownload('/members/m1/export/json')).toBe(true);
		expect(isDownload('/groups/archived/g1/export')).toBe(true);
		expect(isDownload('/groups/g1/exports')).toBe(false);
		expect(isDownload('/groups/g1/sessions/s1')).toBe(false);
	});
});

describe('data requests', () => {
	it('names the page a SvelteKit data request loads', () => {
		expect(pageOfDataRequest('/__data.json')).toBe('/');
		expect(pageOfDataRequest('/groups/g1/sessions/s1/__data.json')).toBe('/groups/g1/sessions/s1');
		expect(pageOfDataRequest('/groups/g1/sessions/s1')).toBeNull();
	});

	it('keys a page by its path alone', () => {
		expect(pageKey(new URL('http://localhost:3000/groups/g1?from=dashboard#members'))).toBe(
			'http://localhost:3000/groups/g1'
		);
	});
});

describe('counting the changes that wait', () => {
	const storage = (entries: Record<string, string>) => {
		const keys = Object.keys(entries);
		return {
			length: keys.length,
			key: (i: number) => keys[i] ?? null,
			getItem: (k: string) => entries[k] ?? null
		};
	};

	it('adds up every session’s attendance and notes queues and unsaved plans, and nothing else', () => {
		const waiting = countWaitingChanges(
			storage({
				'gw.attendance.s1': JSON.stringify([{ key: 'a' }, { key: 'b' }]),
				'gw.attendance.s2': JSON.stringify([{ key: 'c' }]),
				'gw.notes.s1': JSON.stringify([{ key: 'd' }]),
				'gw.plan.s1': JSON.stringify({ version: 3, baseItems: [], items: [{ id: 'x' }] }),
				'gw.timer.s1': JSON.stringify({ index: 2 }),
				'gw.owner': 'u1',
				other: '[1,2,3]'
			})
		);
		expect(waiting).toBe(5);
	});

	it('counts a damaged entry as nothing', () => {
		expect(countWaitingChanges(storage({ 'gw.notes.s1': '{not json', 'gw.attendance.s1': '{"a":1}' }))).toBe(
			0
		);
	});
});
