import { Prisma } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { ATTENDED_STATUSES, sqlStatusList } from '../../../domain/attendance';
import type { PrismaClient } from '../../db/generated/client';
import { addDateOnlyDays, zonedDateTime } from '../../../domain/dates';
import { checkOrder } from './day-range';

export interface StatisticsRow {
	month: string;
	theme: string;
	groups: number;
	sessions: number;
	/** 人次: attendances (present, late or left early) */
	attendances: number;
	/** hours of group sessions run */
	serviceHours: number;
	/** hours × people attending (服务人时) */
	personHours: number;
}

const DAY_MS = 86_400_000;

/** 'YYYY-MM' one month later. */
function nextMonth(month: string): string {
	const [y, m] = month.split('-').map(Number);
	return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The months [first, stop) ('YYYY-MM') that the days [from, to] cover whole, read from the calendar days alone:
 * a range that starts on a 1st and ends on a month's last day is whole months, and needs no time-zone work.
 */
function wholeMonths(from: string, to: string) {
	const after = addDateOnlyDays(to, 1);
	const startsMonth = from.endsWith('-01');
	return {
		first: startsMonth ? from.slice(0, 7) : nextMonth(from.slice(0, 7)),
		stop: after.slice(0, 7),
		whole: startsMonth && after.endsWith('-01')
	};
}

/**
 * The instants of the range in the time zone, and the two stretches of it outside the whole months, widened by a
 * day each side (the exact month test on each session decides; the day only keeps the stretches from missing a
 * session to a zone's rounding).
 */
function cutStretches(days: { from: string; to: string }, first: string, stop: string, timeZone: string) {
	const from = zonedDateTime(days.from, '00:00', timeZone);
	const to = zonedDateTime(addDateOnlyDays(days.to, 1), '00:00', timeZone);
	const firstAt = zonedDateTime(`${first}-01`, '00:00', timeZone).getTime();
	const stopAt = zonedDateTime(`${stop}-01`, '00:00', timeZone).getTime();
	const lowEnd = Math.min(to.getTime(), firstAt + DAY_MS);
	const highStart = Math.max(lowEnd, stopAt - DAY_MS);
	return { from, to, lowEnd: new Date(lowEnd), highStart: new Date(highStart) };
}

/** The rows of MonthSummary for the whole months [first, stop) (kept by the database with every write). */
const wholeSql = (organizationId: string, first: string, stop: string) => Prisma.sql`
	SELECT month, theme, groups, sessions, attendances, minutes::bigint, "personMinutes"::bigint
	FROM "MonthSummary"
	WHERE "organizationId" = ${organizationId} AND groups > 0 AND month >= ${first} AND month < ${stop}`;

/**
 * Service statistics for reporting (服务数据统计): sessions run per month (in the organization's time
 * zone) and theme, with groups, attendances and hours, over whole days [from, to] ('YYYY-MM-DD', both inclusive,
 * in the organization's zone). One statement: the months the range covers whole come from MonthSummary (kept by
 * the database with every write, see prisma/schema.prisma; O(months × themes)); a month the range cuts (it starts
 * or ends mid-month) is counted from its sessions in the range, as always. A range of whole months (the page's
 * default) reads MonthSummary alone.
 */
export async function serviceStatistics(
	prisma: PrismaClient,
	viewer: Viewer,
	days: { from: string; to: string }
): Promise<StatisticsRow[]> {
	checkOrder(days.from, days.to);
	const orgId = viewer.organizationId;
	const { first, stop, whole } = wholeMonths(days.from, days.to);
	const rows = whole ? wholeSql(orgId, first, stop) : cutAndWholeSql(viewer, days, first, stop);
	return prisma.$queryRaw<StatisticsRow[]>`
		SELECT month, theme, groups, sessions, attendances,
			(minutes / 60.0)::float8 AS "serviceHours", ("personMinutes" / 60.0)::float8 AS "personHours"
		FROM (${rows}) r
		ORDER BY 1, 2`;
}

/** The months the range cuts, counted from their sessions in the range, beside the whole months' summaries. */
function cutAndWholeSql(viewer: Viewer, days: { from: string; to: string }, first: string, stop: string) {
	const orgId = viewer.organizationId;
	const range = cutStretches(days, first, stop, viewer.timeZone);
	const attended = Prisma.raw(sqlStatusList(ATTENDED_STATUSES));
	const month = Prisma.sql`to_char((s."scheduledAt" AT TIME ZONE 'UTC') AT TIME ZONE ${viewer.timeZone}, 'YYYY-MM')`;
	const done = Prisma.sql`s."organizationId" = ${orgId} AND s.status = 'DONE'`;
	return Prisma.sql`
		WITH edges AS (
			SELECT s.* FROM "Session" s WHERE ${done} AND s."scheduledAt" >= ${range.from} AND s."scheduledAt" < ${range.lowEnd}
			UNION ALL
			SELECT s.* FROM "Session" s WHERE ${done} AND s."scheduledAt" >= ${range.highStart} AND s."scheduledAt" < ${range.to}
		)
		SELECT ${month} AS month, g.theme,
			COUNT(DISTINCT s."groupId")::int AS groups,
			COUNT(*)::int AS sessions,
			COALESCE(SUM(a.attended), 0)::int AS attendances,
			SUM(s."plannedMinutes") AS minutes,
			COALESCE(SUM(a.attended * s."plannedMinutes"), 0) AS "personMinutes"
		FROM edges s
		JOIN "Group" g ON g.id = s."groupId"
		LEFT JOIN LATERAL (
			SELECT COUNT(*) AS attended FROM "Attendance" x
			WHERE x."sessionId" = s.id AND x."organizationId" = ${orgId} AND x.status IN (${attended})
		) a ON true
		WHERE NOT (${month} >= ${first} AND ${month} < ${stop})
		GROUP BY 1, 2
		UNION ALL
		${wholeSql(orgId, first, stop)}`;
}
