// The root router only maps names to area routers.
import { createCallerFactory, router } from '../trpc/init';
import { activitiesRouter } from './activities/router';
import { adminRouter } from './admin/router';
import { dashboardRouter } from './dashboard/router';
import { groupsRouter } from './groups/router';
import { meRouter } from './me/router';
import { measuresRouter } from './measures/router';
import { selfReportRouter } from './self-report/router';
import { reportsRouter } from './reports/router';
import { supervisionRouter } from './supervision/router';
import { membersRouter } from './members/router';
import { sessionsRouter } from './sessions/router';
import { attendanceRouter } from './attendance/router';
import { conflictsRouter } from './conflicts/router';
import { interactionsRouter } from './interactions/router';
import { observationsRouter } from './observations/router';
import { debriefsRouter } from './debriefs/router';
import { plansRouter } from './plans/router';
import { recordsRouter } from './records/router';
import { auditRouter } from './audit/router';
import { organizationRouter } from './organization/router';
import { archiveRouter } from './archive/router';
import { photosRouter } from './photos/router';
import { sessionRecordsRouter } from './session-records/router';
import { reviewsRouter } from './reviews/router';

export const appRouter = router({
	me: meRouter,
	dashboard: dashboardRouter,
	groups: groupsRouter,
	members: membersRouter,
	activities: activitiesRouter,
	plans: plansRouter,
	sessions: sessionsRouter,
	attendance: attendanceRouter,
	conflicts: conflictsRouter,
	interactions: interactionsRouter,
	observations: observationsRouter,
	debriefs: debriefsRouter,
	admin: adminRouter,
	records: recordsRouter,
	audit: auditRouter,
	organization: organizationRouter,
	archive: archiveRouter,
	measures: measuresRouter,
	selfReport: selfReportRouter,
	reports: reportsRouter,
	supervision: supervisionRouter,
	photos: photosRouter,
	sessionRecords: sessionRecordsRouter,
	reviews: reviewsRouter
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
