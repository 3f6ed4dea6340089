import type { Translation } from '../types';

export const zh = {
	'debriefPresence.title': '也在这里的人',
	'debriefPresence.alone': '目前只有你在看这份总结。',
	'debriefPresence.reading': '正在阅读',
	'debriefPresence.writingIn': '正在写“{section}”',
	'debriefPresence.typingHere': '{names} 正在这里输入…'
};

export const en: Translation<typeof zh> = {
	'debriefPresence.title': 'Also here',
	'debriefPresence.alone': 'Only you have this debrief open.',
	'debriefPresence.reading': 'Reading',
	'debriefPresence.writingIn': 'Writing in “{section}”',
	'debriefPresence.typingHere': '{names} typing here…'
};
