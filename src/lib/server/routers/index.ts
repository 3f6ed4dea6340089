// The root router only maps names to area routers.
import { createCallerFactory, router } from '../trpc/init';
import { activitiesRouter } from './activities/router';
import { adminRouter } from './admin/router';
import { dashboardRouter } from './dashboard/router';
import { groupsRouter } from './groups/router';
import { meRouter } from './me/router';
import { membersRouter } from './members/router';
import { measuresRouter } from './measures/router';
import { reportsRouter } from './reports/router';
import { supervisionRouter } from './supervision/router';
import { sessionsRouter } from './sessions/router';
import { attendanceRouter } from './attendance/router';
import { conflictsRouter } from './conflicts/router';
import { interactionsRouter } from './interactions/router';
import { observationsRouter } from './observations/router';
import { debriefsRouter } from './debriefs/router';
import { plansRouter } from './plans/router';

export const appRouter = router({
	me: meRouter,
	dashboard: dashboardRouter,
	groups: groupsRouter,
	members: membersRouter,
	activities: activitiesRouter,
	plans: plansRouter,
	admin: adminRouter,
	sessions: sessionsRouter,
	attendance: attendanceRouter,
	conflicts: conflictsRouter,
	interactions: interactionsRouter,
	observations: observationsRouter,
	debriefs: debriefsRouter,
	measures: measuresRouter,
	reports: reportsRouter,
	supervision: supervisionRouter
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
