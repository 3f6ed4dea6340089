// Every area's messages, merged. Add an area: create messages/<area>.ts with `zh` and `en`, and list it here.
import * as admin from './admin';
import * as auth from './auth';
import * as common from './common';
import * as dashboard from './dashboard';
import * as groups from './groups';

export const messages = {
	'zh-CN': { ...common.zh, ...auth.zh, ...dashboard.zh, ...groups.zh, ...admin.zh },
	en: { ...common.en, ...auth.en, ...dashboard.en, ...groups.en, ...admin.en }
};

export type MessageKey = keyof (typeof messages)['zh-CN'];
