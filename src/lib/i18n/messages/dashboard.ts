import type { Translation } from '../types';

export const zh = {
	'dashboard.title': '工作台',
	'dashboard.greeting': '{name}，你好',
	'dashboard.myGroups': '我的小组',
	'dashboard.allGroups': '机构的小组',
	'dashboard.noGroups': '还没有进行中的小组。',
	'dashboard.nextSession': '下一节：{when}',
	'dashboard.noNextSession': '所有节次已完成',
	'dashboard.today': '今天的小组活动',
	'dashboard.thisWeek': '本周接下来',
	'dashboard.nothingToday': '今天没有安排小组活动。',
	'dashboard.nothingThisWeek': '本周没有其他安排。',
	'dashboard.sessionsProgress': '共 {total} 节'
} as const;

export const en: Translation<typeof zh> = {
	'dashboard.title': 'Dashboard',
	'dashboard.greeting': 'Hello, {name}',
	'dashboard.myGroups': 'My groups',
	'dashboard.allGroups': 'Groups of the organization',
	'dashboard.noGroups': 'No open groups yet.',
	'dashboard.nextSession': 'Next session: {when}',
	'dashboard.noNextSession': 'All sessions done',
	'dashboard.today': 'Today',
	'dashboard.thisWeek': 'Later this week',
	'dashboard.nothingToday': 'No sessions today.',
	'dashboard.nothingThisWeek': 'Nothing else this week.',
	'dashboard.sessionsProgress': '{total} sessions'
};
