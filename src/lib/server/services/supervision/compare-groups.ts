import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { groupScope } from '../access/group-scope';
import { participationBalance, retention } from '../../../domain/outcomes';
import { ciFromSummary, share } from '../../../domain/report-figures';
import { changeStats } from '../reports/change-stats';
import { ABSENT_STATUSES, ATTENDED_STATUSES, rateOf, sqlStatusList } from '../../../domain/attendance';

export interface CompareFilter {
	themes: string[];
	facilitatorId: string | null;
	/** groups starting on or after this day */
	from: Date | null;
	/** groups starting before this instant */
	to: Date | null;
}

interface AttendanceRow {
	groupId: string;
	sessionsDone: number;
	attended: number;
	absent: number;
	minutes: number;
}
interface EnrollmentRow {
	groupId: string;
	enrolled: number;
	active: number;
}
interface ConflictRow {
	groupId: string;
	total: number;
	resolved: number;
}
interface ParticipationRow {
	groupId: string;
	initiated: number;
}

/** Rows one comparison shows; beyond it the page says so and asks for narrower filters. */
export const COMPARE_LIMIT = 500;

/**
 * The supervisor's comparison: the same figures for every selected group, side by side.
 * A fixed number of queries (groups, attendance, enrollment, change, conflicts, participation), never one
 * per group.
 */

export async function compareGroups(prisma: PrismaClient, viewer: Viewer, filter: CompareFilter) {
	const found = await prisma.group.findMany({
		where: {
			AND: [
				groupScope(viewer),
				filter.themes.length > 0 ? { theme: { in: filter.themes } } : {},
				filter.facilitatorId ? { leaders: { some: { userId: filter.facilitatorId } } } : {},
				filter.from ? { startDate: { gte: filter.from } } : {},
				filter.to ? { startDate: { lt: filter.to } } : {}
			]
		},
		orderBy: [{ startDate: 'desc' }, { name: 'asc' }],
		take: COMPARE_LIMIT + 1,
		select: {
			id: true,
			name: true,
			theme: true,
			status: true,
			startDate: true,
			plannedSessionCount: true,
			leaders: {
				orderBy: { role: 'asc' },
				select: { role: true, user: { select: { id: true, name: true } } }
			}
		}
	});
	const truncated = found.length > COMPARE_LIMIT;
	const groups = truncated ? found.slice(0, COMPARE_LIMIT) : found;
	const ids = groups.map((g) => g.id);
	if (ids.length === 0) return { groups: [], measures: [], truncated, limit: COMPARE_LIMIT };
	const org = viewer.organizationId;
	const inGroups = Prisma.join(ids);
	const attendedSql = Prisma.raw(sqlStatusList(ATTENDED_STATUSES));
	const absentSql = Prisma.raw(sqlStatusList(ABSENT_STATUSES));
	const [attendance, enrollment, change, conflicts, participation] = await Promise.all([
		prisma.$queryRaw<AttendanceRow[]>`
			SELECT s."groupId",
				COUNT(DISTINCT s.id) FILTER (WHERE s.status = 'DONE')::int AS "sessionsDone",
				COALESCE(SUM(s."plannedMinutes") FILTER (WHERE s.status = 'DONE'), 0)::int AS minutes,
				COALESCE(SUM(a.attended), 0)::int AS attended,
				COALESCE(SUM(a.absent), 0)::int AS absent
			FROM "Session" s
			LEFT JOIN (
				SELECT "sessionId",
					COUNT(*) FILTER (WHERE status IN (${attendedSql})) AS attended,
					COUNT(*) FILTER (WHERE status IN (${absentSql})) AS absent
				FROM "Attendance" WHERE "organizationId" = ${org} GROUP BY "sessionId"
			) a ON a."sessionId" = s.id AND s.status = 'DONE'
			WHERE s."organizationId" = ${org} AND s."groupId" IN (${inGroups})
			GROUP BY s."groupId"`,
		prisma.$queryRaw<EnrollmentRow[]>`
			SELECT "groupId", COUNT(*)::int AS enrolled, COUNT(*) FILTER (WHERE "leftAt" IS NULL)::int AS active
			FROM "Enrollment" WHERE "organizationId" = ${org} AND "groupId" IN (${inGroups})
			GROUP BY "groupId"`,
		changeStats(prisma, org, ids),
		prisma.$queryRaw<ConflictRow[]>`
			SELECT "groupId", COUNT(*)::int AS total, COUNT(*) FILTER (WHERE resolved)::int AS resolved
			FROM "ConflictLog" WHERE "organizationId" = ${org} AND "groupId" IN (${inGroups})
			GROUP BY "groupId"`,
		prisma.$queryRaw<ParticipationRow[]>`
			SELECT e."groupId", COALESCE(n.initiated, 0)::int AS initiated
			FROM "Enrollment" e
			LEFT JOIN (
				SELECT "groupId", "fromMemberId", COUNT(*) AS initiated FROM "InteractionNote"
				WHERE "organizationId" = ${org} AND "groupId" IN (${inGroups})
				GROUP BY "groupId", "fromMemberId"
			) n ON n."groupId" = e."groupId" AND n."fromMemberId" = e."memberId"
			WHERE e."organizationId" = ${org} AND e."groupId" IN (${inGroups})`
	]);

	const byGroup = <T extends { groupId: string }>(rows: T[]) => new Map(rows.map((r) => [r.groupId, r]));
	const att = byGroup(attendance);
	const enr = byGroup(enrollment);
	const con = byGroup(conflicts);
	const counts = new Map<string, number[]>();
	for (const p of participation) counts.set(p.groupId, [...(counts.get(p.groupId) ?? []), p.initiated]);

	const measures = new Map<
		string,
		{ measureId: string; key: string | null; nameZh: string; nameEn: string }
	>();
	for (const c of change)
		measures.set(c.measureId, { measureId: c.measureId, key: c.key, nameZh: c.nameZh, nameEn: c.nameEn });

	return {
		truncated,
		limit: COMPARE_LIMIT,
		groups: groups.map((g) => {
			const a = att.get(g.id);
			const e = enr.get(g.id);
			const c = con.get(g.id);
			return {
				id: g.id,
				name: g.name,
				theme: g.theme,
				status: g.status,
				startDate: g.startDate,
				plannedSessionCount: g.plannedSessionCount,
				leaders: g.leaders.map((l) => ({ role: l.role, userId: l.user.id, name: l.user.name })),
				sessionsDone: a?.sessionsDone ?? 0,
				serviceHours: (a?.minutes ?? 0) / 60,
				attendanceRate: rateOf(a?.attended ?? 0, a?.absent ?? 0),
				enrolled: e?.enrolled ?? 0,
				retention: retention(e?.enrolled ?? 0, e?.active ?? 0),
				conflicts: c?.total ?? 0,
				conflictsResolved: c?.resolved ?? 0,
				participationBalance: participationBalance(counts.get(g.id) ?? []),
				measures: Object.fromEntries(
					change
						.filter((m) => m.groupId === g.id)
						.map((m) => [
							m.measureId,
							{
								change: ciFromSummary(m.n, m.mean, m.sd),
								classified: m.classified,
								improved: m.improved,
								shareImproved: share(m.improved, m.classified)
							}
						])
				)
			};
		}),
		measures: [...measures.values()]
	};
}

export type Comparison = Awaited<ReturnType<typeof compareGroups>>;
