-- AlterTable
ALTER TABLE "ChangeSummary" ADD COLUMN     "meanBaseline" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "meanLatest" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "worse" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "GroupSummary" ADD COLUMN     "gasAttained" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "gasGoals" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "gasProgressed" INTEGER NOT NULL DEFAULT 0;

-- ---------------------------------------------------------------------------------------------------------
-- Group outcomes read their change figures from the summaries (issue #17), as the comparison does: beside n,
-- mean, SD, classified and improved, ChangeSummary keeps the reliable deteriorations (`worse`) and the mean
-- baseline and follow-up of the members with a pair; GroupSummary keeps the group's GAS attainment
-- (`gasAttainment` of domain/change.ts: goals with a follow-up level, of those at or above the expected level 0,
-- and above their baseline level). These are the only SQL of the change rules: services/reports no longer
-- recomputes them from the responses. tests/integration/figures.test.ts and summaries.test.ts hold them to the
-- domain functions.
-- ---------------------------------------------------------------------------------------------------------

DROP FUNCTION "summaries_change_figures"(text, text, double precision[], double precision[]);

-- `summarizeChange` of domain/change.ts over one group's pairs of one measure, under the organization's effective
-- norms (its own SD or reliability for a built-in scale where it set one, as `measuresWithNorms` picks them). A
-- change is reliable when Δ² > 1.96²·2·SD²·(1−r), compared in exact numeric as `isReliableChange` decides it
-- (domain/outcomes.ts, RCI_CRITICAL = 1.96); improved or worse by the scale's direction.
CREATE FUNCTION "summaries_change_figures"(org text, measure text, baseline double precision[],
  follow_up double precision[], OUT n integer, OUT mean double precision, OUT sd double precision,
  OUT classified integer, OUT improved integer, OUT worse integer, OUT "meanBaseline" double precision,
  OUT "meanLatest" double precision)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  norm_sd double precision;
  norm_reliability double precision;
  higher_is_better boolean;
BEGIN
  SELECT CASE WHEN o.sd IS NOT NULL THEN o.sd ELSE m.sd END,
    CASE WHEN o.reliability IS NOT NULL THEN o.reliability ELSE m.reliability END, m."higherIsBetter"
  INTO norm_sd, norm_reliability, higher_is_better
  FROM "Measure" m LEFT JOIN "MeasureNorms" o ON o."measureId" = m.id AND o."organizationId" = org
  WHERE m.id = measure;
  IF norm_sd IS NULL OR norm_reliability IS NULL OR norm_sd <= 0 OR norm_reliability < 0 OR norm_reliability >= 1
  THEN
    norm_sd := NULL;
  END IF;
  SELECT COUNT(*)::int, AVG(p.x2 - p.x1), STDDEV_SAMP(p.x2 - p.x1),
    CASE WHEN norm_sd IS NULL THEN 0 ELSE COUNT(*)::int END,
    COUNT(*) FILTER (WHERE p.reliable AND (p.x2 > p.x1) = higher_is_better)::int,
    COUNT(*) FILTER (WHERE p.reliable AND (p.x2 > p.x1) <> higher_is_better)::int,
    AVG(p.x1), AVG(p.x2)
  INTO n, mean, sd, classified, improved, worse, "meanBaseline", "meanLatest"
  FROM (SELECT u.x1, u.x2, norm_sd IS NOT NULL
      AND (u.x2::numeric - u.x1::numeric) * (u.x2::numeric - u.x1::numeric)
        > 1.96 * 1.96 * 2 * norm_sd::numeric * norm_sd::numeric * (1 - norm_reliability::numeric) AS reliable
    FROM unnest(baseline, follow_up) AS u(x1, x2)) p;
END;
$$;

CREATE OR REPLACE FUNCTION "summaries_refresh_group"(gid text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  org text;
  tz text;
BEGIN
  SELECT g."organizationId", o."timeZone" INTO org, tz
    FROM "Group" g JOIN "Organization" o ON o.id = g."organizationId" WHERE g.id = gid;
  IF org IS NULL THEN
    DELETE FROM "GroupMonthSummary" WHERE "groupId" = gid;
    DELETE FROM "ChangeSummary" WHERE "groupId" = gid;
    DELETE FROM "GroupSummary" WHERE "groupId" = gid;
    RETURN;
  END IF;
  INSERT INTO "GroupSummary" ("groupId", "organizationId") VALUES (gid, org) ON CONFLICT DO NOTHING;
  PERFORM 1 FROM "GroupSummary" WHERE "groupId" = gid FOR UPDATE;
  PERFORM pg_advisory_xact_lock_shared("summaries_norms_key"(NULL)),
    pg_advisory_xact_lock_shared("summaries_norms_key"(org));

  UPDATE "GroupSummary" t SET
    "organizationId" = org,
    "sessionsDone" = s.done, "minutesDone" = s.minutes, attended = a.attended, absent = a.absent,
    enrolled = e.enrolled, active = e.active, initiated = e.initiated,
    conflicts = c.total, "conflictsResolved" = c.resolved
  FROM
    (SELECT COUNT(*)::int AS done, COALESCE(SUM("plannedMinutes"), 0)::int AS minutes
      FROM "Session" WHERE "groupId" = gid AND status = 'DONE') s,
    (SELECT COUNT(*) FILTER (WHERE a.status IN ('PRESENT', 'LATE', 'LEFT_EARLY'))::int AS attended,
        COUNT(*) FILTER (WHERE a.status IN ('ABSENT'))::int AS absent
      FROM "Attendance" a JOIN "Session" s ON s.id = a."sessionId"
      WHERE s."groupId" = gid AND s.status = 'DONE' AND a."organizationId" = org) a,
    (SELECT COUNT(*)::int AS enrolled, COUNT(*) FILTER (WHERE e."leftAt" IS NULL)::int AS active,
        COALESCE(array_agg(COALESCE(n.initiated, 0)::int ORDER BY e."memberId" COLLATE "C"), '{}') AS initiated
      FROM "Enrollment" e
      LEFT JOIN (SELECT "fromMemberId", COUNT(*) AS initiated FROM "InteractionNote"
        WHERE "groupId" = gid AND "organizationId" = org GROUP BY "fromMemberId") n ON n."fromMemberId" = e."memberId"
      WHERE e."groupId" = gid AND e."organizationId" = org) e,
    (SELECT COUNT(*)::int AS total, COUNT(*) FILTER (WHERE resolved)::int AS resolved
      FROM "ConflictLog" WHERE "groupId" = gid AND "organizationId" = org) c
  WHERE t."groupId" = gid;

  -- Baseline and follow-up per member, measure and GAS goal, exactly as `pickBaseline` and `pickFollowUp` in
  -- domain/change.ts define them: baseline = the BASELINE response taken first (then saved first, then the smaller
  -- id); follow-up = the latest END response, else the response of the highest session number (then taken last,
  -- saved last, the larger id). Ids compare in "C" collation, as JavaScript compares strings. Then the GAS
  -- attainment of the group's goals, and per measure the pairs and their figures. GAS is scored per member as the
  -- weighted T-score (`gasChange`, ρ = 0.3) over the goals set at baseline; the follow-up T only when every one of
  -- them has a follow-up level.
  DELETE FROM "ChangeSummary" WHERE "groupId" = gid;
  WITH keyed AS (
    SELECT r."measureId", r."memberId", r."goalId",
      (array_agg(r.score ORDER BY r."takenAt", r."createdAt", r.id COLLATE "C")
        FILTER (WHERE r.point = 'BASELINE'))[1] AS x1,
      (array_agg(r.score ORDER BY r.point = 'END' DESC, s.number DESC NULLS LAST, r."takenAt" DESC,
        r."createdAt" DESC, r.id COLLATE "C" DESC) FILTER (WHERE r.point <> 'BASELINE'))[1] AS x2
    FROM "MeasureResponse" r
    LEFT JOIN "Session" s ON s.id = r."sessionId" AND r.point = 'SESSION'
    WHERE r."organizationId" = org AND r."groupId" = gid
    GROUP BY r."measureId", r."memberId", r."goalId"
  ),
  gas AS (
    UPDATE "GroupSummary" t SET "gasGoals" = x.goals, "gasAttained" = x.attained, "gasProgressed" = x.progressed
    FROM (SELECT COUNT(*)::int AS goals, COUNT(*) FILTER (WHERE x2 >= 0)::int AS attained,
        COUNT(*) FILTER (WHERE x1 IS NOT NULL AND x2 > x1)::int AS progressed
      FROM keyed WHERE "goalId" IS NOT NULL AND x2 IS NOT NULL) x
    WHERE t."groupId" = gid
  ),
  member_change AS (
    SELECT "measureId", "memberId", x1, x2 FROM keyed WHERE "goalId" IS NULL
    UNION ALL
    SELECT k."measureId", k."memberId",
      50 + 10 * SUM(g.weight * k.x1) / SQRT(0.7 * SUM(g.weight * g.weight) + 0.3 * SUM(g.weight) ^ 2),
      CASE WHEN COUNT(k.x2) = COUNT(*) THEN
        50 + 10 * SUM(g.weight * k.x2) / SQRT(0.7 * SUM(g.weight * g.weight) + 0.3 * SUM(g.weight) ^ 2) END
    FROM keyed k JOIN "GoalScale" g ON g.id = k."goalId"
    WHERE k.x1 IS NOT NULL
    GROUP BY k."measureId", k."memberId"
  ),
  pairs AS (
    SELECT "measureId", array_agg(x1 ORDER BY "memberId" COLLATE "C") AS x1,
      array_agg(x2 ORDER BY "memberId" COLLATE "C") AS x2
    FROM member_change
    WHERE x1 IS NOT NULL AND x2 IS NOT NULL
    GROUP BY "measureId"
  )
  INSERT INTO "ChangeSummary" ("groupId", "measureId", "organizationId", x1, x2, n, mean, sd, classified, improved,
    worse, "meanBaseline", "meanLatest")
  SELECT gid, p."measureId", org, p.x1, p.x2, f.n, f.mean, f.sd, f.classified, f.improved, f.worse,
    f."meanBaseline", f."meanLatest"
  FROM pairs p, "summaries_change_figures"(org, p."measureId", p.x1, p.x2) f;

  -- DONE sessions per month in the organization's zone, as supervision/service-statistics.ts counts them.
  WITH calc AS (
    SELECT to_char((s."scheduledAt" AT TIME ZONE 'UTC') AT TIME ZONE tz, 'YYYY-MM') AS month,
      COUNT(*)::int AS sessions, SUM(s."plannedMinutes")::int AS minutes,
      COALESCE(SUM(a.attended), 0)::int AS attendances,
      COALESCE(SUM(a.attended * s."plannedMinutes"), 0)::int AS "personMinutes"
    FROM "Session" s
    LEFT JOIN LATERAL (SELECT COUNT(*) AS attended FROM "Attendance" x
      WHERE x."sessionId" = s.id AND x."organizationId" = org AND x.status IN ('PRESENT', 'LATE', 'LEFT_EARLY')) a ON true
    WHERE s."groupId" = gid AND s."organizationId" = org AND s.status = 'DONE'
    GROUP BY 1
  ),
  gone AS (
    DELETE FROM "GroupMonthSummary" t WHERE t."groupId" = gid AND t.month NOT IN (SELECT month FROM calc)
  )
  INSERT INTO "GroupMonthSummary" AS t ("groupId", month, "organizationId", theme, sessions, minutes, attendances,
    "personMinutes")
  SELECT gid, c.month, org, g.theme, c.sessions, c.minutes, c.attendances, c."personMinutes"
  FROM calc c, "Group" g WHERE g.id = gid
  ON CONFLICT ("groupId", month) DO UPDATE SET "organizationId" = EXCLUDED."organizationId", theme = EXCLUDED.theme,
    sessions = EXCLUDED.sessions, minutes = EXCLUDED.minutes, attendances = EXCLUDED.attendances,
    "personMinutes" = EXCLUDED."personMinutes"
  WHERE (t."organizationId", t.theme, t.sessions, t.minutes, t.attendances, t."personMinutes")
    IS DISTINCT FROM (EXCLUDED."organizationId", EXCLUDED.theme, EXCLUDED.sessions, EXCLUDED.minutes,
      EXCLUDED.attendances, EXCLUDED."personMinutes");
END;
$$;

-- A write to norms reclassifies the stored pairs of the (organization, measure) pairs it touched, as before, now
-- with the deteriorations and the means.
CREATE OR REPLACE FUNCTION "summaries_on_norms"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  q text;
  k record;
BEGIN
  IF TG_TABLE_NAME = 'Measure' THEN
    q := 'SELECT n."organizationId" AS org, n.id AS measure FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.sd, n.reliability, n."higherIsBetter") IS DISTINCT FROM (o.sd, o.reliability, o."higherIsBetter")';
  ELSIF TG_OP = 'INSERT' THEN
    q := 'SELECT n."organizationId" AS org, n."measureId" AS measure FROM new_rows n';
  ELSIF TG_OP = 'DELETE' THEN
    q := 'SELECT o."organizationId" AS org, o."measureId" AS measure FROM old_rows o';
  ELSE
    q := 'SELECT unnest(ARRAY[n."organizationId", o."organizationId"]) AS org,
        unnest(ARRAY[n."measureId", o."measureId"]) AS measure
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n."organizationId", n."measureId", n.sd, n.reliability)
        IS DISTINCT FROM (o."organizationId", o."measureId", o.sd, o.reliability)';
  END IF;
  FOR k IN EXECUTE 'SELECT org, measure FROM (SELECT DISTINCT org, measure FROM (' || q || ') x) d
      ORDER BY org COLLATE "C" NULLS FIRST, measure COLLATE "C"' LOOP
    PERFORM pg_advisory_xact_lock("summaries_norms_key"(k.org));
    UPDATE "ChangeSummary" c SET (n, mean, sd, classified, improved, worse, "meanBaseline", "meanLatest") =
      (SELECT f.n, f.mean, f.sd, f.classified, f.improved, f.worse, f."meanBaseline", f."meanLatest"
        FROM "summaries_change_figures"(c."organizationId", c."measureId", c.x1, c.x2) f)
    WHERE c."measureId" = k.measure AND (k.org IS NULL OR c."organizationId" = k.org);
  END LOOP;
  RETURN NULL;
END;
$$;

-- Fill the new figures: every existing group once (the GAS attainment needs the responses).
SELECT "summaries_refresh_group"(id) FROM "Group" ORDER BY id COLLATE "C";
