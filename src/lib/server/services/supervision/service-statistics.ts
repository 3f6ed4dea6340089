import { Prisma } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { ATTENDED_STATUSES, sqlStatusList } from '../../../domain/attendance';
import type { PrismaClient } from '../../db/generated/client';
import { localDate, startOfMonthInZone, zonedDateTime } from '../../../domain/dates';

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
 * The months [first, stop) that the range covers whole in the time zone, and the two stretches of the range
 * outside them, widened by a day each side (the exact month test on each session decides; the day only keeps
 * the stretches from missing a session to a zone's rounding).
 */
function split(range: { from: Date; to: Date }, timeZone: string) {
	const fromMonth = localDate(range.from, timeZone).slice(0, 7);
	const first =
		startOfMonthInZone(range.from, timeZone).getTime() === range.from.getTime()
			? fromMonth
			: nextMonth(fromMonth);
	const stop = localDate(range.to, timeZone).slice(0, 7);
	const firstAt = zonedDateTime(`${first}-01`, '00:00', timeZone).getTime();
	const stopAt = zonedDateTime(`${stop}-01`, '00:00', timeZone).getTime();
	const lowEnd = Math.min(range.to.getTime(), firstAt + DAY_MS);
	const highStart = Math.max(lowEnd, stopAt - DAY_MS);
	return { first, stop, lowEnd: new Date(lowEnd), highStart: new Date(highStart) };
}

/**
 * Service statistics for reporting (服务数据统计): sessions run per month (in the organization's time
 * zone) and theme, with groups, attendances and hours. One statement: the months the range covers whole come
 * from MonthSummary (kept by the database with every write, see prisma/schema.prisma; O(months × themes)); a
 * month the range cuts (it starts or ends mid-month) is counted from its sessions in the range, as always.
 */
export async function serviceStatistics(
	prisma: PrismaClient,
	viewer: Viewer,
	range: { from: Date; to: Date }
): Promise<StatisticsRow[]> {
	const org = { timeZone: viewer.timeZone };
	const orgId = viewer.organizationId;
	const attended = Prisma.raw(sqlStatusList(ATTENDED_STATUSES));
	const { first, stop, lowEnd, highStart } = split(range, org.timeZone);
	const month = Prisma.sql`to_char((s."scheduledAt" AT TIME ZONE 'UTC') AT TIME ZONE ${org.timeZone}, 'YYYY-MM')`;
	const done = Prisma.sql`s."organizationId" = ${orgId} AND s.status = 'DONE'`;
	return prisma.$queryRaw<StatisticsRow[]>`
		WITH edges AS (
			SELECT s.* FROM "Session" s WHERE ${done} AND s."scheduledAt" >= ${range.from} AND s."scheduledAt" < ${lowEnd}
			UNION ALL
			SELECT s.* FROM "Session" s WHERE ${done} AND s."scheduledAt" >= ${highStart} AND s."scheduledAt" < ${range.to}
		),
		cut AS (
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
		),
		whole AS (
			SELECT month, theme, groups, sessions, attendances, minutes::bigint, "personMinutes"::bigint
			FROM "MonthSummary"
			WHERE "organizationId" = ${orgId} AND groups > 0 AND month >= ${first} AND month < ${stop}
		)
		SELECT month, theme, groups, sessions, attendances,
			(minutes / 60.0)::float8 AS "serviceHours", ("personMinutes" / 60.0)::float8 AS "personHours"
		FROM (SELECT * FROM cut UNION ALL SELECT * FROM whole) r
		ORDER BY 1, 2`;
}
