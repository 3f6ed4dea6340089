import type { Translation } from '../types';

export const zh = {
	'offline.manifest.name': '小组工作台',
	'offline.manifest.shortName': '小组工作台',
	'offline.manifest.description': '社会工作小组的策划、带领与成效评估',
	'offline.banner.offline': '当前离线。',
	'offline.banner.offlineHelp':
		'在本机打开过的小组和节次仍可查看。出勤、记录和方案修改会先保存在本机，其他修改需要联网。',
	'offline.banner.waiting.one': '1 项更改等待发送。',
	'offline.banner.waiting.other': '{n} 项更改等待发送。',
	'offline.banner.sending.one': '正在发送 1 项更改……',
	'offline.banner.sending.other': '正在发送 {n} 项更改……',
	'offline.page.title': '离线',
	'offline.page.heading': '此页面需要联网',
	'offline.page.body': '当前没有网络连接，这个页面没有保存在本机上。联网后再打开即可。',
	'offline.page.saved': '本机已保存、可离线打开的页面：',
	'offline.page.noneSaved': '本机还没有保存可离线打开的页面。联网时打开当天的小组节次，即可在离线时使用。',
	'offline.page.retry': '重新尝试',
	'offline.page.home': '打开工作台',
	'offline.page.signOutHeading': '退出登录需要联网',
	'offline.page.signOutBody':
		'本机保存的页面和记录已经删除。联网后请再次点击“退出登录”，以结束服务器上的登录。',
	'offline.error.body': '当前离线，这个页面需要联网才能打开。',
	'offline.signOut.title': '还有更改没有发送',
	'offline.signOut.one': '有 1 项出勤、记录或方案修改还没有发送到服务器。',
	'offline.signOut.other': '有 {n} 项出勤、记录或方案修改还没有发送到服务器。',
	'offline.signOut.explain':
		'退出登录会把它们从本机删除，之后无法找回。建议先连上网络，等待发送完成后再退出。',
	'offline.signOut.stay': '暂不退出',
	'offline.signOut.discard': '删除并退出登录'
};

export const en: Translation<typeof zh> = {
	'offline.manifest.name': 'Group Work Studio',
	'offline.manifest.shortName': 'Group Work',
	'offline.manifest.description': 'Plan, run and evaluate social work groups',
	'offline.banner.offline': 'You are offline.',
	'offline.banner.offlineHelp':
		'Groups and sessions opened on this device still open. Attendance, notes and plan edits are kept here until the connection is back; other changes need a connection.',
	'offline.banner.waiting.one': '1 change is waiting to be sent.',
	'offline.banner.waiting.other': '{n} changes are waiting to be sent.',
	'offline.banner.sending.one': 'Sending 1 change…',
	'offline.banner.sending.other': 'Sending {n} changes…',
	'offline.page.title': 'Offline',
	'offline.page.heading': 'This page needs a connection',
	'offline.page.body':
		'There is no network connection, and this page is not saved on this device. Open it again once you are online.',
	'offline.page.saved': 'Pages saved on this device that open offline:',
	'offline.page.noneSaved':
		'No pages are saved on this device yet. Open today’s sessions while online to use them offline.',
	'offline.page.retry': 'Try again',
	'offline.page.home': 'Open the dashboard',
	'offline.page.signOutHeading': 'Signing out needs a connection',
	'offline.page.signOutBody':
		'The pages and notes saved on this device have been deleted. Once you are online, select “Sign out” again to end your sign-in on the server.',
	'offline.error.body': 'You are offline, and this page needs a connection to open.',
	'offline.signOut.title': 'Some changes have not been sent',
	'offline.signOut.one': '1 attendance mark, note or plan edit has not reached the server yet.',
	'offline.signOut.other': '{n} attendance marks, notes or plan edits have not reached the server yet.',
	'offline.signOut.explain':
		'Signing out deletes them from this device for good. Connect to the network and wait until they are sent, then sign out.',
	'offline.signOut.stay': 'Stay signed in',
	'offline.signOut.discard': 'Delete them and sign out'
};
