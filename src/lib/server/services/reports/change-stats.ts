import { Prisma, type PrismaClient } from '../../db/generated/client';

/** Inter-correlation of GAS goals assumed by the T-score (Kiresuk & Sherman); the same ρ as `gasTScore`. */
export const GAS_RHO = 0.3;

/**
 * Baseline = the first BASELINE score, follow-up = the latest later score (a session or the end), per group ×
 * measure × member × GAS goal (x1 and x2; either may be missing). One hashed pass over the responses, no sort:
 * MIN/MAX of [taken at, created at, score] compare arrays element by element, so the first baseline and the latest
 * follow-up come out with their score as the third element (seconds since the epoch keep milliseconds exactly in
 * a float8). Shared by the change statistics and the GAS attainment counts.
 */
function keyedSql(organizationId: string, groupIds: string[]) {
	return Prisma.sql`
		keyed AS (
			SELECT r."groupId", r."measureId", r."memberId", r."goalId",
				(MIN(ARRAY[date_part('epoch', r."takenAt"), date_part('epoch', r."createdAt"), r.score])
					FILTER (WHERE r.point = 'BASELINE'))[3] AS x1,
				(MAX(ARRAY[date_part('epoch', r."takenAt"), date_part('epoch', r."createdAt"), r.score])
					FILTER (WHERE r.point <> 'BASELINE'))[3] AS x2
			FROM "MeasureResponse" r
			WHERE r."organizationId" = ${organizationId} AND r."groupId" IN (${Prisma.join(groupIds)})
			GROUP BY r."groupId", r."measureId", r."memberId", r."goalId"
		),
		pairs AS (
			SELECT "groupId", "measureId", "memberId", "goalId", x1, x2 FROM keyed
			WHERE x1 IS NOT NULL AND x2 IS NOT NULL
		)`;
}

export interface ChangeStatRow {
	groupId: string;
	measureId: string;
	key: string | null;
	kind: string;
	nameZh: string;
	nameEn: string;
	higherIsBetter: boolean;
	/** members with a baseline and a later score */
	n: number;
	/** mean and sample SD of (follow-up − baseline); GAS in T-score points */
	mean: number;
	sd: number | null;
	meanBaseline: number;
	meanLatest: number;
	/** members whose change could be classified (the measure has an SD and a reliability) */
	classified: number;
	improved: number;
	worse: number;
}

/**
 * Change from baseline per group and measure, aggregated in SQL: n, mean and SD of the change, and the
 * Jacobson–Truax classification (|RCI| > 1.96, RCI = Δ / (√2·SD·√(1−r))) counted per direction.
 * GAS is scored per member as the weighted T-score over the goals that have both scores.
 * One query, whatever the number of groups.
 */
export async function changeStats(
	prisma: PrismaClient,
	organizationId: string,
	groupIds: string[]
): Promise<ChangeStatRow[]> {
	if (groupIds.length === 0) return [];
	return prisma.$queryRaw<ChangeStatRow[]>`
		WITH ${keyedSql(organizationId, groupIds)}, ${changeSql}
		SELECT ${changeColumns} FROM change ORDER BY "groupId", "measureCreatedAt"`;
}

/** Per member the change (GAS as a weighted T-score), classified, then aggregated per group and measure. */
const changeSql = Prisma.sql`
	member_change AS (
		SELECT "groupId", "measureId", "memberId", x1, x2 FROM pairs WHERE "goalId" IS NULL
		UNION ALL
		SELECT p."groupId", p."measureId", p."memberId",
			50 + 10 * SUM(g.weight * p.x1) / SQRT(${Prisma.raw(String(1 - GAS_RHO))} * SUM(g.weight * g.weight) + ${Prisma.raw(String(GAS_RHO))} * SUM(g.weight) ^ 2),
			50 + 10 * SUM(g.weight * p.x2) / SQRT(${Prisma.raw(String(1 - GAS_RHO))} * SUM(g.weight * g.weight) + ${Prisma.raw(String(GAS_RHO))} * SUM(g.weight) ^ 2)
		FROM pairs p JOIN "GoalScale" g ON g.id = p."goalId"
		GROUP BY p."groupId", p."measureId", p."memberId"
	),
	classified AS (
		SELECT c."groupId", c."measureId", c.x1, c.x2, m."higherIsBetter" AS hib,
			CASE WHEN m.sd IS NULL OR m.reliability IS NULL OR m.sd <= 0 OR m.reliability >= 1 THEN NULL
				ELSE (c.x2 - c.x1) / (SQRT(2.0) * m.sd * SQRT(1 - m.reliability)) END AS rci
		FROM member_change c JOIN "Measure" m ON m.id = c."measureId"
	),
	change AS (
		SELECT c."groupId", c."measureId", m.key, m.kind::text AS kind, m."nameZh", m."nameEn", m."higherIsBetter",
			m."createdAt" AS "measureCreatedAt",
			COUNT(*)::int AS n,
			AVG(c.x2 - c.x1)::float8 AS mean,
			STDDEV_SAMP(c.x2 - c.x1)::float8 AS sd,
			AVG(c.x1)::float8 AS "meanBaseline",
			AVG(c.x2)::float8 AS "meanLatest",
			COUNT(c.rci)::int AS classified,
			COUNT(*) FILTER (WHERE ABS(c.rci) > 1.96 AND (c.rci > 0) = c.hib)::int AS improved,
			COUNT(*) FILTER (WHERE ABS(c.rci) > 1.96 AND (c.rci > 0) <> c.hib)::int AS worse
		FROM classified c JOIN "Measure" m ON m.id = c."measureId"
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

/** Goals against achievement: latest GAS level per goal, counted per group in SQL. */
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

/** GAS goals scored after baseline per group: at or above the expected level, above the baseline level. */
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
		WITH ${keyedSql(organizationId, groupIds)}, ${changeSql}, ${gasSql}
		SELECT
			(SELECT COALESCE(json_agg(json_build_object('groupId', "groupId", 'measureId', "measureId", 'key', key,
				'kind', kind, 'nameZh', "nameZh", 'nameEn', "nameEn", 'higherIsBetter', "higherIsBetter", 'n', n,
				'mean', mean, 'sd', sd, 'meanBaseline', "meanBaseline", 'meanLatest', "meanLatest",
				'classified', classified, 'improved', improved, 'worse', worse) ORDER BY "groupId", "measureCreatedAt"), '[]')
				FROM change) AS change,
			(SELECT COALESCE(json_agg(gas), '[]') FROM gas) AS gas`;
	return row;
}
