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
import * as photos from './photos';
import * as absence from './absence';
import * as offline from './offline';
import * as sessionRecord from './session-record';
import * as closingEvaluation from './closing-evaluation';
import * as review from './review';
import * as selfReport from './self-report';
import * as planBook from './plan-book';
import * as tablet from './tablet';
import * as debriefPresence from './debrief-presence';

/**
 * Every message of both languages. A function, not a module-level object: a bundle that never calls it (the
 * client's, see src/lib/i18n/index.ts) drops it and every area file, which an object spread at module level would
 * keep (a spread may run a getter).
 */
export const allMessages = () => ({
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
		...reports.zh,
		...photos.zh,
		...absence.zh,
		...offline.zh,
		...sessionRecord.zh,
		...closingEvaluation.zh,
		...review.zh,
		...selfReport.zh,
		...planBook.zh,
		...tablet.zh
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
		...reports.en,
		...photos.en,
		...absence.en,
		...offline.en,
		...sessionRecord.en,
		...closingEvaluation.en,
		...review.en,
		...selfReport.en,
		...planBook.en,
		...tablet.en
	}
});

export type MessageKey = keyof ReturnType<typeof allMessages>['zh-CN'];

/**
 * The areas by file name: the browser loads one language of an area at a time (src/lib/i18n/load.ts, chunks made
 * by src/lib/i18n/vite-plugin.ts), the areas each route needs listed in src/lib/i18n/route-areas.ts.
 */
export const areas = {
	absence,
	activities,
	admin,
	auth,
	'closing-evaluation': closingEvaluation,
	common,
	dashboard,
	'debrief-presence': debriefPresence,
	debrief,
	groups,
	measures,
	members,
	offline,
	organization,
	photos,
	'plan-book': planBook,
	planner,
	records,
	reports,
	review,
	'self-report': selfReport,
	'session-record': sessionRecord,
	'session-run': sessionRun,
	tablet
};
export type MessageArea = keyof typeof areas;
