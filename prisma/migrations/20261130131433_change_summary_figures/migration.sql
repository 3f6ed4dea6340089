-- AlterTable
ALTER TABLE "ChangeSummary" ADD COLUMN     "classified" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "improved" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mean" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "n" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sd" DOUBLE PRECISION;

-- ---------------------------------------------------------------------------------------------------------
-- The group's change per measure, summed up where the pairs are kept (issue #17): the comparison reads one row
-- per group and measure instead of every member's pair. The figures are `summarizeChange` of domain/change.ts
-- (n, mean and sample SD of x2 − x1, members classified, reliable improvements) under the organization's
-- effective norms, as `measuresWithNorms` (services/measures/effective-norms.ts) picks them: its own SD or
-- reliability for a built-in scale where it set one (MeasureNorms), else the scale's. A change is reliable when
-- Δ² > 1.96²·2·SD²·(1−r), compared in exact numeric as `isReliableChange` decides it (domain/outcomes.ts,
-- RCI_CRITICAL = 1.96) and as services/reports/change-stats.ts does. tests/integration/summaries.test.ts and the
-- figures tests hold these to the domain functions.
--
-- Norms change apart from the pairs: a write to Measure (SD, reliability, direction) or MeasureNorms
-- reclassifies the stored pairs of that measure. Against a concurrent recomputation of a group, the norms write
-- takes an exclusive transaction advisory lock on its organization's key (a built-in scale's own norms: the key
-- of every organization) and every recomputation takes the shared ones before it reads norms: whichever comes
-- second sees what the first committed.
-- ---------------------------------------------------------------------------------------------------------

CREATE FUNCTION "summaries_norms_key"(org text) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
  SELECT hashtextextended('summaries-norms:' || COALESCE(org, '*'), 0)
$$;

CREATE FUNCTION "summaries_change_figures"(org text, measure text, baseline double precision[],
  follow_up double precision[], OUT n integer, OUT mean double precision, OUT sd double precision,
  OUT classified integer, OUT improved integer)
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
    COUNT(*) FILTER (WHERE norm_sd IS NOT NULL AND (p.x2 > p.x1) = higher_is_better
      AND (p.x2::numeric - p.x1::numeric) * (p.x2::numeric - p.x1::numeric)
        > 1.96 * 1.96 * 2 * norm_sd::numeric * norm_sd::numeric * (1 - norm_reliability::numeric))::int
  INTO n, mean, sd, classified, improved
  FROM unnest(baseline, follow_up) AS p(x1, x2);
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

  -- Baseline and follow-up per member, measure and GAS goal, as services/reports/change-stats.ts picks them;
  -- then per measure the pairs and their figures.
  DELETE FROM "ChangeSummary" WHERE "groupId" = gid;
  INSERT INTO "ChangeSummary" ("groupId", "measureId", "organizationId", x1, x2, n, mean, sd, classified, improved)
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
  SELECT gid, p."measureId", org, p.x1, p.x2, f.n, f.mean, f.sd, f.classified, f.improved
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

-- A write to norms: the (organization, measure) pairs it touched, from its transition tables (organization NULL:
-- a built-in scale's own norms, every organization without its own value), reclassified from the stored pairs.
CREATE FUNCTION "summaries_on_norms"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    IF k.org IS NULL THEN
      UPDATE "ChangeSummary" c SET (n, mean, sd, classified, improved) =
        (SELECT f.n, f.mean, f.sd, f.classified, f.improved
          FROM "summaries_change_figures"(c."organizationId", c."measureId", c.x1, c.x2) f)
      FROM "Measure" m WHERE m.id = c."measureId" AND c."measureId" = k.measure;
    ELSE
      UPDATE "ChangeSummary" c SET (n, mean, sd, classified, improved) =
        (SELECT f.n, f.mean, f.sd, f.classified, f.improved
          FROM "summaries_change_figures"(c."organizationId", c."measureId", c.x1, c.x2) f)
      FROM "Measure" m WHERE m.id = c."measureId" AND c."measureId" = k.measure AND c."organizationId" = k.org;
    END IF;
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Measure_summaries_update" AFTER UPDATE ON "Measure" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_norms"();
CREATE TRIGGER "MeasureNorms_summaries_insert" AFTER INSERT ON "MeasureNorms" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_norms"();
CREATE TRIGGER "MeasureNorms_summaries_update" AFTER UPDATE ON "MeasureNorms" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_norms"();
CREATE TRIGGER "MeasureNorms_summaries_delete" AFTER DELETE ON "MeasureNorms" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_norms"();

-- Fill the figures of the pairs already stored.
UPDATE "ChangeSummary" c SET (n, mean, sd, classified, improved) =
  (SELECT f.n, f.mean, f.sd, f.classified, f.improved
    FROM "summaries_change_figures"(c."organizationId", c."measureId", c.x1, c.x2) f);
