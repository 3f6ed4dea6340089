import { Prisma, type PrismaClient } from '../../db/generated/client';
import { RCI_CRITICAL } from '../../../domain/outcomes';
import { GAS_RHO, type ChangeSummary } from '../../../domain/change';
import { measuresWithNorms } from '../measures/effective-norms';

/**
 * Baseline and follow-up per group × measure × member × GAS goal (x1 and x2; either may be missing), exactly as
 * `pickBaseline` and `pickFollowUp` in domain/change.ts define them: baseline = the BASELINE response taken first
 * (then saved first, then the smaller id); follow-up = the latest END response, else the response of the highest
 * session number (then taken last, saved last, the larger id). Ids compare in "C" collation, as JavaScript
 * compares strings. Shared by the change statistics and the GAS attainment counts. The session is joined on the
 * response's group too (a response's session is one of its group's): for one group PostgreSQL then reads that
 * group's sessions by index instead of hashing every session of the database (measured: most of the statement's
 * time, and growing with the organization).
 */
function keyedSql(organizationId: string, groupIds: string[]) {
	return Prisma.sql`
		keyed AS (
			SELECT r."groupId", r."measureId", r."memberId", r."goalId",
				(array_agg(r.score ORDER BY r."takenAt", r."createdAt", r.id COLLATE "C")
					FILTER (WHERE r.point = 'BASELINE'))[1] AS x1,
				(array_agg(r.score ORDER BY r.point = 'END' DESC, s.number DESC NULLS LAST, r."takenAt" DESC,
					r."createdAt" DESC, r.id COLLATE "C" DESC) FILTER (WHERE r.point <> 'BASELINE'))[1] AS x2
			FROM "MeasureResponse" r
			LEFT JOIN "Session" s ON s.id = r."sessionId" AND s."groupId" = r."groupId" AND r.point = 'SESSION'
			WHERE r."organizationId" = ${organizationId} AND r."groupId" IN (${Prisma.join(groupIds)})
			GROUP BY r."groupId", r."measureId", r."memberId", r."goalId"
		)`;
}

/** The domain's `ChangeSummary` of one group and measure, as the SQL computes it (GAS in T-score points). */
export interface ChangeStatRow extends ChangeSummary {
	groupId: string;
	measureId: string;
	key: string | null;
	kind: string;
	nameZh: string;
	nameEn: string;
	higherIsBetter: boolean;
}

/**
 * Change from baseline per group and measure, aggregated in SQL: n, mean and SD of the change, and the
 * Jacobson–Truax classification (|RCI| > 1.96 strictly) counted per direction. GAS is scored per member as the
 * weighted T-score over the goals set at baseline.
 * One query, whatever the number of groups.
 */
export async function changeStats(
	prisma: PrismaClient,
	organizationId: string,
	groupIds: string[]
): Promise<ChangeStatRow[]> {
	if (groupIds.length === 0) return [];
	return prisma.$queryRaw<ChangeStatRow[]>`
		WITH ${keyedSql(organizationId, groupIds)}, ${changeSql(organizationId)}
		SELECT ${changeColumns} FROM change ORDER BY "groupId", "measureCreatedAt"`;
}

/**
 * Jacobson–Truax: reliable when Δ² > 1.96²·2·SD²·(1−r), in PostgreSQL numeric (exact), as `isReliableChange`
 * decides it in TypeScript; float8 values become numeric through their 15 significant digits on both sides.
 */
const reliableSql = Prisma.sql`(c.x2::numeric - c.x1::numeric) * (c.x2::numeric - c.x1::numeric)
	> ${Prisma.raw(String(RCI_CRITICAL))} * ${Prisma.raw(String(RCI_CRITICAL))} * 2
		* m.sd::numeric * m.sd::numeric * (1 - m.reliability::numeric)`;

/**
 * Per member the change, classified, then aggregated per group and measure (`gasChange`, `classifyChange` and
 * `summarizeChange` in domain/change.ts). GAS: T-scores over the goals set at baseline (those with a baseline
 * level); the follow-up T only when every one of them has a follow-up level. Norms are the organization's effective
 * ones (its own for a built-in scale where it set them).
 */
const changeSql = (organizationId: string) => Prisma.sql`
	norms AS ${measuresWithNorms(organizationId)},
	member_change AS (
		SELECT "groupId", "measureId", "memberId", x1, x2 FROM keyed WHERE "goalId" IS NULL
		UNION ALL
		SELECT k."groupId", k."measureId", k."memberId",
			50 + 10 * SUM(g.weight * k.x1) / SQRT(${Prisma.raw(String(1 - GAS_RHO))} * SUM(g.weight * g.weight) + ${Prisma.raw(String(GAS_RHO))} * SUM(g.weight) ^ 2),
			CASE WHEN COUNT(k.x2) = COUNT(*) THEN
				50 + 10 * SUM(g.weight * k.x2) / SQRT(${Prisma.raw(String(1 - GAS_RHO))} * SUM(g.weight * g.weight) + ${Prisma.raw(String(GAS_RHO))} * SUM(g.weight) ^ 2) END
		FROM keyed k JOIN "GoalScale" g ON g.id = k."goalId"
		WHERE k.x1 IS NOT NULL
		GROUP BY k."groupId", k."measureId", k."memberId"
	),
	classified AS (
		SELECT c."groupId", c."measureId", c.x1, c.x2,
			CASE WHEN m.sd IS NULL OR m.reliability IS NULL OR m.sd <= 0 OR m.reliability < 0 OR m.reliability >= 1
				THEN NULL
				WHEN NOT (${reliableSql}) THEN 'NO_CHANGE'
				WHEN (c.x2 > c.x1) = m."higherIsBetter" THEN 'IMPROVED'
				ELSE 'WORSE' END AS class
		FROM member_change c JOIN norms m ON m.id = c."measureId"
		WHERE c.x1 IS NOT NULL AND c.x2 IS NOT NULL
	),
	change AS (
		SELECT c."groupId", c."measureId", m.key, m.kind::text AS kind, m."nameZh", m."nameEn", m."higherIsBetter",
			m."createdAt" AS "measureCreatedAt",
			COUNT(*)::int AS n,
			AVG(c.x2 - c.x1)::float8 AS mean,
			STDDEV_SAMP(c.x2 - c.x1)::float8 AS sd,
			AVG(c.x1)::float8 AS "meanBaseline",
			AVG(c.x2)::float8 AS "meanLatest",
			COUNT(c.class)::int AS classified,
			COUNT(*) FILTER (WHERE c.class = 'IMPROVED')::int AS improved,
			COUNT(*) FILTER (WHERE c.class = 'WORSE')::int AS worse
		FROM classified c JOIN norms m ON m.id = c."measureId"
		GROUP BY c."groupId", c."measureId", m.key, m.kind, m."nameZh", m."nameEn", m."higherIsBetter", m."createdAt"
	)`;

/** The columns of a `ChangeStatRow`, from `change`. */
const changeColumns = Prisma.sql`"groupId", "measureId", key, kind, "nameZh", "nameEn", "higherIsBetter", n, mean, sd,
	"meanBaseline", "meanLatest", classified, improved, worse`;

export interface GasAttainmentRow {
	groupId: string;
	/** GAS goals with a score after baseline */
	goals: number;
	/** of those, at or above the expected level (0) */
	attained: number;
	/** of those, above the baseline level */
	progressed: number;
}

/** Goals against achievement per group in SQL, as `gasAttainment` in domain/change.ts counts them. */
export async function gasAttainment(
	prisma: PrismaClient,
	organizationId: string,
	groupIds: string[]
): Promise<GasAttainmentRow[]> {
	if (groupIds.length === 0) return [];
	return prisma.$queryRaw<GasAttainmentRow[]>`
		WITH ${keyedSql(organizationId, groupIds)}, ${gasSql}
		SELECT * FROM gas`;
}

/** GAS goals with a follow-up level per group: at or above the expected level, above the baseline level. */
const gasSql = Prisma.sql`
	gas AS (
		SELECT "groupId", COUNT(*)::int AS goals,
			COUNT(*) FILTER (WHERE x2 >= 0)::int AS attained,
			COUNT(*) FILTER (WHERE x1 IS NOT NULL AND x2 > x1)::int AS progressed
		FROM keyed
		WHERE "goalId" IS NOT NULL AND x2 IS NOT NULL
		GROUP BY "groupId"
	)`;

/** The change statistics and the GAS attainment of the same groups in one statement (one pass over the responses). */
export async function changeAndGasAttainment(
	prisma: PrismaClient,
	organizationId: string,
	groupIds: string[]
): Promise<{ change: ChangeStatRow[]; gas: GasAttainmentRow[] }> {
	if (groupIds.length === 0) return { change: [], gas: [] };
	const [row] = await prisma.$queryRaw<{ change: ChangeStatRow[]; gas: GasAttainmentRow[] }[]>`
		WITH ${keyedSql(organizationId, groupIds)}, ${changeSql(organizationId)}, ${gasSql}
		SELECT
			(SELECT COALESCE(json_agg(json_build_object('groupId', "groupId", 'measureId', "measureId", 'key', key,
				'kind', kind, 'nameZh', "nameZh", 'nameEn', "nameEn", 'higherIsBetter', "higherIsBetter", 'n', n,
				'mean', mean, 'sd', sd, 'meanBaseline', "meanBaseline", 'meanLatest', "meanLatest",
				'classified', classified, 'improved', improved, 'worse', worse) ORDER BY "groupId", "measureCreatedAt"), '[]')
				FROM change) AS change,
			(SELECT COALESCE(json_agg(gas), '[]') FROM gas) AS gas`;
	return row;
}
