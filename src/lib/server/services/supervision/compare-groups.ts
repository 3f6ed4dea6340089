import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { GroupStatus, LeaderRole } from '../../db/generated/enums';
import type { Viewer } from '../../../domain/viewer';
import { participationBalance, retention } from '../../../domain/outcomes';
import { ciFromSummary, share } from '../../../domain/report-figures';
import { rateOf } from '../../../domain/attendance';
import { dateOnlyString } from '../../../domain/date-format';
import { groupAccessSql } from '../access/require-group-access';

export interface CompareFilter {
	themes: string[];
	facilitatorId: string | null;
	/** groups starting on or after this day */
	from: Date | null;
	/** groups starting before this instant */
	to: Date | null;
}

/** One group of the comparison, as the statement returns it. */
interface ComparedGroupRow {
	id: string;
	name: string;
	theme: string;
	status: GroupStatus;
	startDate: Date | null;
	plannedSessionCount: number;
	/** whether more groups than COMPARE_LIMIT match (the same on every row) */
	truncated: boolean;
	sessionsDone: number;
	minutesDone: number;
	attended: number;
	absent: number;
	enrolled: number;
	active: number;
	conflicts: number;
	conflictsResolved: number;
	initiated: number[];
	leaders: { role: LeaderRole; userId: string; name: string }[];
	/** per measure the change as `summarizeChange` sums it up, kept by the database (ChangeSummary) */
	change: {
		measureId: string;
		key: string | null;
		nameZh: string;
		nameEn: string;
		n: number;
		mean: number;
		sd: number | null;
		classified: number;
		improved: number;
	}[];
}

/** Rows one comparison shows; beyond it the page says so and asks for narrower filters. */
export const COMPARE_LIMIT = 500;

/** The filters of the comparison over the group `g`. */
function filterSql(viewer: Viewer, filter: CompareFilter) {
	const access = groupAccessSql(viewer, 'read');
	const terms = [access.where, access.allowed];
	if (filter.themes.length > 0) terms.push(Prisma.sql`g.theme IN (${Prisma.join(filter.themes)})`);
	if (filter.facilitatorId)
		terms.push(
			Prisma.sql`EXISTS (SELECT 1 FROM "GroupLeader" f WHERE f."groupId" = g.id AND f."userId" = ${filter.facilitatorId})`
		);
	if (filter.from) terms.push(Prisma.sql`g."startDate" >= ${dateOnlyString(filter.from)}::date`);
	if (filter.to) terms.push(Prisma.sql`g."startDate" < ${dateOnlyString(filter.to)}::date`);
	return { from: access.from, where: Prisma.join(terms, ' AND ') };
}

/**
 * The supervisor's comparison: the same figures for every selected group, side by side.
 * One statement over the per-group summaries the database keeps with every write (GroupSummary, ChangeSummary;
 * see prisma/schema.prisma), O(groups shown × measures): never a pass over the responses, the attendance or the
 * members' pairs. The groups are those the group rule lets the viewer read (`groupAccessSql`, the rule
 * `groupScope` applies to lists). The change per group and measure is `summarizeChange` of domain/change.ts as the
 * summary keeps it; here it becomes the interval and the share the page shows.
 */
export async function compareGroups(prisma: PrismaClient, viewer: Viewer, filter: CompareFilter) {
	const scope = filterSql(viewer, filter);
	const org = viewer.organizationId;
	// One row per group: plain columns travel cheaper than one document of every group (measured), and the two
	// short lists of a group come as JSON.
	const rows = await prisma.$queryRaw<ComparedGroupRow[]>`
		WITH chosen AS MATERIALIZED (
			SELECT g.id, g.name, g.theme, g.status::text AS status, g."startDate", g."plannedSessionCount"
			FROM ${scope.from}
			WHERE ${scope.where}
			ORDER BY g."startDate" DESC, g.name, g.id
			LIMIT ${COMPARE_LIMIT + 1})
		SELECT c.*, (SELECT count(*) FROM chosen) > ${COMPARE_LIMIT} AS truncated,
			COALESCE(s."sessionsDone", 0) AS "sessionsDone", COALESCE(s."minutesDone", 0) AS "minutesDone",
			COALESCE(s.attended, 0) AS attended, COALESCE(s.absent, 0) AS absent,
			COALESCE(s.enrolled, 0) AS enrolled, COALESCE(s.active, 0) AS active,
			COALESCE(s.conflicts, 0) AS conflicts, COALESCE(s."conflictsResolved", 0) AS "conflictsResolved",
			COALESCE(s.initiated, '{}') AS initiated,
			COALESCE((SELECT json_agg(json_build_object('role', l.role, 'userId', u.id, 'name', u.name) ORDER BY l.role)
				FROM "GroupLeader" l JOIN "user" u ON u.id = l."userId" WHERE l."groupId" = c.id), '[]') AS leaders,
			COALESCE((SELECT json_agg(json_build_object('measureId', x."measureId", 'key', m.key, 'nameZh', m."nameZh",
					'nameEn', m."nameEn", 'n', x.n, 'mean', x.mean, 'sd', x.sd, 'classified', x.classified,
					'improved', x.improved) ORDER BY m."createdAt", m.id)
				FROM "ChangeSummary" x JOIN "Measure" m ON m.id = x."measureId"
				WHERE x."groupId" = c.id AND x."organizationId" = ${org}), '[]') AS change
		FROM chosen c LEFT JOIN "GroupSummary" s ON s."groupId" = c.id AND s."organizationId" = ${org}
		ORDER BY c."startDate" DESC, c.name, c.id
		LIMIT ${COMPARE_LIMIT}`;

	const measures = new Map<
		string,
		{ measureId: string; key: string | null; nameZh: string; nameEn: string }
	>();
	const groups = rows.map((g) => {
		for (const m of g.change)
			if (!measures.has(m.measureId))
				measures.set(m.measureId, { measureId: m.measureId, key: m.key, nameZh: m.nameZh, nameEn: m.nameEn });
		return {
			id: g.id,
			name: g.name,
			theme: g.theme,
			status: g.status,
			startDate: g.startDate,
			plannedSessionCount: g.plannedSessionCount,
			leaders: g.leaders,
			sessionsDone: g.sessionsDone,
			serviceHours: g.minutesDone / 60,
			attendanceRate: rateOf(g.attended, g.absent),
			enrolled: g.enrolled,
			retention: retention(g.enrolled, g.active),
			conflicts: g.conflicts,
			conflictsResolved: g.conflictsResolved,
			participationBalance: participationBalance(g.initiated),
			measures: Object.fromEntries(
				g.change.map((m) => [
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
	});
	return {
		truncated: rows[0]?.truncated ?? false,
		limit: COMPARE_LIMIT,
		groups,
		measures: [...measures.values()]
	};
}

export type Comparison = Awaited<ReturnType<typeof compareGroups>>;
