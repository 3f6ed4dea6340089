// Every area's messages, merged. Add an area: create messages/<area>.ts with `zh` and `en`, and list it here.
import * as activities from './activities';
import * as admin from './admin';
import * as auth from './auth';
import * as common from './common';
import * as records from './records';
import * as organization from './organization';
import * as dashboard from './dashboard';
import * as groups from './groups';
import * as members from './members';
import * as measures from './measures';
import * as reports from './reports';
import * as planner from './planner';
import * as sessionRun from './session-run';
import * as debrief from './debrief';
import * as debriefPresence from './debrief-presence';

export const messages = {
	'zh-CN': {
		...common.zh,
		...records.zh,
		...organization.zh,
		...sessionRun.zh,
		...debrief.zh,
		...debriefPresence.zh,
		...auth.zh,
		...dashboard.zh,
		...groups.zh,
		...members.zh,
		...admin.zh,
		...activities.zh,
		...planner.zh,
		...measures.zh,
		...reports.zh
	},
	en: {
		...common.en,
		...records.en,
		...organization.en,
		...sessionRun.en,
		...debrief.en,
		...debriefPresence.en,
		...auth.en,
		...dashboard.en,
		...groups.en,
		...members.en,
		...admin.en,
		...activities.en,
		...planner.en,
		...measures.en,
		...reports.en
	}
};

export type MessageKey = keyof (typeof messages)['zh-CN'];
