import type { Translation } from '../types';

// Observation tags (stored as the keys of OBSERVATION_TAGS) and the labels of tablet-layout details.
export const zh = {
	'observationTag.PARTICIPATION': '参与度',
	'observationTag.EMOTIONS': '情绪',
	'observationTag.PEER_RELATIONS': '同伴关系',
	'observationTag.GROUP_CLIMATE': '小组氛围',
	'observationTag.PROGRESS': '进步',
	'reports.outcomes.attendanceTable': '各节出勤（表格）',
	'reports.outcomes.changeTable': '各量表的平均变化（表格）',
	'reports.sociogram.wholeGroup': '全组',
	'supervision.comparisonTable': '各小组对比（表格）',
	'field.pickDate': '日期',
	'field.pickTime': '时间'
} as const;

export const en: Translation<typeof zh> = {
	'observationTag.PARTICIPATION': 'participation',
	'observationTag.EMOTIONS': 'emotions',
	'observationTag.PEER_RELATIONS': 'peer relations',
	'observationTag.GROUP_CLIMATE': 'group climate',
	'observationTag.PROGRESS': 'progress',
	'reports.outcomes.attendanceTable': 'Attendance per session (table)',
	'reports.outcomes.changeTable': 'Mean change per measure (table)',
	'reports.sociogram.wholeGroup': 'Whole group',
	'supervision.comparisonTable': 'Comparison of groups (table)',
	'field.pickDate': 'Date',
	'field.pickTime': 'Time'
};
