import { Prisma } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { ATTENDED_STATUSES, sqlStatusList } from '../../../domain/attendance';
import type { PrismaClient } from '../../db/generated/client';

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

/**
 * Service statistics for reporting (服务数据统计): sessions run per month (in the organization's time
 * zone) and theme, with groups, attendances and hours. One SQL aggregate.
 */
export async function serviceStatistics(
	prisma: PrismaClient,
	viewer: Viewer,
	range: { from: Date; to: Date }
): Promise<StatisticsRow[]> {
	const org = await prisma.organization.findUniqueOrThrow({
		where: { id: viewer.organizationId },
		select: { timeZone: true }
	});
	const attended = Prisma.raw(sqlStatusList(ATTENDED_STATUSES));
	return prisma.$queryRaw<StatisticsRow[]>`
		SELECT to_char((s."scheduledAt" AT TIME ZONE 'UTC') AT TIME ZONE ${org.timeZone}, 'YYYY-MM') AS month,
			g.theme,
			COUNT(DISTINCT s."groupId")::int AS groups,
			COUNT(*)::int AS sessions,
			COALESCE(SUM(a.attended), 0)::int AS attendances,
			(SUM(s."plannedMinutes") / 60.0)::float8 AS "serviceHours",
			(COALESCE(SUM(a.attended * s."plannedMinutes"), 0) / 60.0)::float8 AS "personHours"
		FROM "Session" s
		JOIN "Group" g ON g.id = s."groupId"
		LEFT JOIN (
			SELECT "sessionId", COUNT(*) AS attended FROM "Attendance"
			WHERE "organizationId" = ${viewer.organizationId} AND status IN (${attended})
			GROUP BY "sessionId"
		) a ON a."sessionId" = s.id
		WHERE s."organizationId" = ${viewer.organizationId} AND s.status = 'DONE'
			AND s."scheduledAt" >= ${range.from} AND s."scheduledAt" < ${range.to}
		GROUP BY 1, 2
		ORDER BY 1, 2`;
}
