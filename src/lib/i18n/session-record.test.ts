import { describe, expect, it } from 'vitest';
import { createI18n } from './index';
import {
	attendanceColumns,
	photosSection,
	reviewTrailSection,
	sessionRecordSections
} from './session-record';
import type { SessionRecord } from '../domain/session-record';

const record: SessionRecord = {
	organizationName: '阳光社工服务中心',
	timeZone: 'America/New_York',
	group: { id: 'g1', name: '青少年情绪管理小组' },
	session: {
		id: 's1',
		number: 3,
		title: '认识我的情绪',
		goals: '',
		stage: 'WORKING',
		status: 'DONE',
		scheduledAt: new Date('2026-03-08T23:30:00Z'),
		plannedMinutes: 90
	},
	leaders: [{ name: '张社工', role: 'LEAD' }],
	plan: {
		totalMinutes: 15,
		items: [{ kind: 'OPENING', title: '', minutes: 15, notes: '', startClock: '19:30', endClock: '19:45' }]
	},
	attendance: [
		{
			member: { code: 'M-001', realName: '黄思远' },
			status: 'LATE',
			minutesLate: 10,
			absenceReason: null,
			note: '公交晚点'
		},
		{
			member: { code: 'M-002', realName: null },
			status: null,
			minutesLate: null,
			absenceReason: null,
			note: ''
		},
		{
			member: { code: 'M-003', realName: null },
			status: 'EXCUSED',
			minutesLate: null,
			absenceReason: 'TRANSPORT',
			note: ''
		}
	],
	interactions: [
		{
			from: { code: 'M-001', realName: null },
			to: null,
			kind: 'SUPPORTS',
			note: '',
			createdAt: new Date('2026-03-09T00:00:00Z')
		}
	],
	conflicts: [],
	observations: [],
	debrief: { wentWell: '气氛活跃', toChange: '', concerns: '', nextSteps: '' },
	photos: [],
	review: { signedOff: null, addenda: [] }
};

describe('the process record as text', () => {
	it('shows each attendance row through its columns, a name only where the record carries one', () => {
		const i18n = createI18n('zh-CN', record.timeZone);
		const rows = record.attendance.map((row) => attendanceColumns(i18n).map((c) => c.value(row)));
		expect(rows).toEqual([
			['黄思远（M-001）', '迟到', '10', '公交晚点'],
			['M-002', '未记录', '', ''],
			['M-003', '请假 · 交通', '', '']
		]);
		const en = attendanceColumns(createI18n('en', record.timeZone));
		expect(en.map((c) => c.value(record.attendance[0]))).toEqual([
			'黄思远 (M-001)',
			'Late',
			'10',
			'公交晚点'
		]);
	});

	it('writes times in the organization’s zone and every section in the reader’s language', () => {
		const en = sessionRecordSections(record, createI18n('en', record.timeZone));
		expect(en.map((s) => s.key)).toEqual([
			'basics',
			'plan',
			'attendance',
			'interactions',
			'conflicts',
			'observations',
			'debrief'
		]);
		const basics = en[0].blocks[0];
		expect(basics.kind === 'fields' && basics.fields.find((f) => f.label === 'Date and time')?.value).toBe(
			'Sun, March 8, 2026 at 19:30'
		);
		const interactions = en[3].blocks[0];
		expect(interactions.kind === 'table' && interactions.rows[0]).toEqual([
			'20:00',
			'M-001',
			'Whole group',
			'Supports',
			''
		]);
		expect(en[2].blocks[0]).toEqual({
			kind: 'text',
			text: '1 attended, 0 absent, 1 excused, 1 not recorded.'
		});
		expect(en[6].blocks[1]).toEqual({ kind: 'text', text: '气氛活跃' });
		expect(en[6].blocks[3]).toEqual({ kind: 'text', text: '(not written)' });
		const zh = sessionRecordSections(record, createI18n('zh-CN', record.timeZone));
		expect(zh[4].title).toBe('五、冲突与处理');
		expect(zh[4].blocks).toEqual([{ kind: 'text', text: '本节没有冲突记录。' }]);
	});

	it('has no photo section for a session without photos, and shows each photo with its kind and tags', () => {
		expect(photosSection(record, createI18n('en'))).toBeNull();
		const withPhotos: SessionRecord = {
			...record,
			photos: [
				{ id: 'p1', kind: 'SIGN_IN_SHEET', caption: '', memberCodes: [], width: 1600, height: 1200 },
				{
					id: 'p2',
					kind: 'ACTIVITY',
					caption: '破冰',
					memberCodes: ['M-001', 'M-003'],
					width: null,
					height: null
				}
			]
		};
		const zh = photosSection(withPhotos, createI18n('zh-CN'));
		expect(zh?.title).toBe('八、照片与签到表');
		expect(zh?.blocks).toEqual([
			{ kind: 'photo', photoId: 'p1', caption: '签到表', width: 1600, height: 1200 },
			{
				kind: 'photo',
				photoId: 'p2',
				caption: '活动照片 · 破冰 · 照片中的组员：M-001, M-003',
				width: null,
				height: null
			}
		]);
		expect(sessionRecordSections(withPhotos, createI18n('en')).at(-1)?.key).toBe('photos');
	});

	it('ends a signed-off record with who signed it and every addendum with who and when', () => {
		expect(reviewTrailSection(record.review, createI18n('zh-CN', record.timeZone))).toBeNull();
		const review = {
			signedOff: { by: '李督导', at: new Date('2026-11-20T02:00:00Z') },
			addenda: [
				{
					kind: 'ATTENDANCE' as const,
					text: 'M-002 实为请假',
					by: '张社工',
					at: new Date('2026-11-21T06:30:00Z')
				}
			]
		};
		const zh = reviewTrailSection(review, createI18n('zh-CN', record.timeZone));
		expect(zh?.title).toBe('附：督导审核与补充说明');
		expect(JSON.stringify(zh?.blocks)).toContain('李督导 于 2026');
		expect(zh?.blocks[1]).toMatchObject({
			kind: 'table',
			rows: [[expect.stringContaining('2026年11月21日 01:30'), '张社工', '出勤', 'M-002 实为请假']]
		});
		const sections = sessionRecordSections({ ...record, review }, createI18n('en', record.timeZone));
		expect(sections.at(-1)?.key).toBe('review');
		expect(JSON.stringify(sections.at(-1))).toContain('Signed off by 李督导');
	});
});
