-- CreateTable
CREATE TABLE "GroupSummary" (
    "groupId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "sessionsDone" INTEGER NOT NULL DEFAULT 0,
    "minutesDone" INTEGER NOT NULL DEFAULT 0,
    "attended" INTEGER NOT NULL DEFAULT 0,
    "absent" INTEGER NOT NULL DEFAULT 0,
    "enrolled" INTEGER NOT NULL DEFAULT 0,
    "active" INTEGER NOT NULL DEFAULT 0,
    "conflicts" INTEGER NOT NULL DEFAULT 0,
    "conflictsResolved" INTEGER NOT NULL DEFAULT 0,
    "initiated" INTEGER[] DEFAULT ARRAY[]::INTEGER[],

    CONSTRAINT "GroupSummary_pkey" PRIMARY KEY ("groupId")
);

-- CreateTable
CREATE TABLE "ChangeSummary" (
    "groupId" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "x1" DOUBLE PRECISION[],
    "x2" DOUBLE PRECISION[],

    CONSTRAINT "ChangeSummary_pkey" PRIMARY KEY ("groupId","measureId")
);

-- CreateTable
CREATE TABLE "GroupMonthSummary" (
    "groupId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "sessions" INTEGER NOT NULL,
    "minutes" INTEGER NOT NULL,
    "attendances" INTEGER NOT NULL,
    "personMinutes" INTEGER NOT NULL,

    CONSTRAINT "GroupMonthSummary_pkey" PRIMARY KEY ("groupId","month")
);

-- CreateTable
CREATE TABLE "MonthSummary" (
    "organizationId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "groups" INTEGER NOT NULL,
    "sessions" INTEGER NOT NULL,
    "minutes" INTEGER NOT NULL,
    "attendances" INTEGER NOT NULL,
    "personMinutes" INTEGER NOT NULL,

    CONSTRAINT "MonthSummary_pkey" PRIMARY KEY ("organizationId","month","theme")
);

-- CreateIndex
CREATE INDEX "GroupSummary_organizationId_idx" ON "GroupSummary"("organizationId");

-- ---------------------------------------------------------------------------------------------------------
-- Keeping the summaries (issue #17). Every write to a source row (Session, Attendance, Enrollment, ConflictLog,
-- InteractionNote, MeasureResponse, GoalScale, a group's theme, an organization's time zone) recomputes the
-- summaries of the groups it touched, in the same transaction, from that group's rows only: whatever path wrote
-- (the app's services, erasure, restore, seeds, hand-written SQL). One statement-level trigger per table and
-- event (transition tables), so a bulk write recomputes each group once.
--
-- Concurrency (READ COMMITTED): a recomputation first locks the group's GroupSummary row in its own statement;
-- the statements after it take a new snapshot, so they see every transaction that held the lock before and
-- committed. The last writer of a group therefore always recomputes from all committed rows plus its own.
-- Groups are locked in id order, so two bulk writes over the same groups wait rather than deadlock.
-- MonthSummary is kept from GroupMonthSummary by delta updates (row locks), safe without a recomputation.
--
-- The figures are the ones "One truth" defines (domain/attendance.ts statuses, domain/change.ts picks, the SQL of
-- services/reports/change-stats.ts and supervision/service-statistics.ts); tests/integration/summaries.test.ts
-- holds these to the full computation after random (and concurrent) writes. Attended = PRESENT, LATE,
-- LEFT_EARLY; absent = ABSENT (domain/attendance.ts ATTENDED_STATUSES / ABSENT_STATUSES). GAS ρ = 0.3
-- (domain/change.ts GAS_RHO).
-- ---------------------------------------------------------------------------------------------------------

CREATE FUNCTION "summaries_refresh_group"(gid text) RETURNS void LANGUAGE plpgsql AS $$
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

  -- Baseline and follow-up per member, measure and GAS goal, as services/reports/change-stats.ts picks them.
  DELETE FROM "ChangeSummary" WHERE "groupId" = gid;
  INSERT INTO "ChangeSummary" ("groupId", "measureId", "organizationId", x1, x2)
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
  )
  SELECT gid, "measureId", org,
    array_agg(x1 ORDER BY "memberId" COLLATE "C"), array_agg(x2 ORDER BY "memberId" COLLATE "C")
  FROM member_change
  WHERE x1 IS NOT NULL AND x2 IS NOT NULL
  GROUP BY "measureId";

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

-- MonthSummary follows GroupMonthSummary by deltas: a group-month row counts one group.
CREATE FUNCTION "summaries_month_delta"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "MonthSummary" SET groups = groups - 1, sessions = sessions - OLD.sessions,
      minutes = minutes - OLD.minutes, attendances = attendances - OLD.attendances,
      "personMinutes" = "personMinutes" - OLD."personMinutes"
    WHERE "organizationId" = OLD."organizationId" AND month = OLD.month AND theme = OLD.theme;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "MonthSummary" AS m ("organizationId", month, theme, groups, sessions, minutes, attendances,
      "personMinutes")
    VALUES (NEW."organizationId", NEW.month, NEW.theme, 1, NEW.sessions, NEW.minutes, NEW.attendances,
      NEW."personMinutes")
    ON CONFLICT ("organizationId", month, theme) DO UPDATE SET groups = m.groups + 1,
      sessions = m.sessions + EXCLUDED.sessions, minutes = m.minutes + EXCLUDED.minutes,
      attendances = m.attendances + EXCLUDED.attendances, "personMinutes" = m."personMinutes" + EXCLUDED."personMinutes";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "GroupMonthSummary_month_delta" AFTER INSERT OR UPDATE OR DELETE ON "GroupMonthSummary"
  FOR EACH ROW EXECUTE FUNCTION "summaries_month_delta"();

-- The groups a statement touched, from its transition tables: TG_ARGV[0] names the column that leads to the
-- group ("groupId"; "sessionId" for Attendance; "id" for Group; "id" of Organization = all its groups);
-- TG_ARGV[1] lists, for UPDATE, the columns whose change matters (others, such as a title, cost nothing).
CREATE FUNCTION "summaries_on_write"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key_col text := TG_ARGV[0];
  cols text := TG_ARGV[1];
  q text;
  gid text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    q := format('SELECT n.%I AS k FROM new_rows n', key_col);
  ELSIF TG_OP = 'DELETE' THEN
    q := format('SELECT o.%I AS k FROM old_rows o', key_col);
  ELSE
    q := format('SELECT unnest(ARRAY[n.%1$I, o.%1$I]) AS k FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE ROW(%2$s) IS DISTINCT FROM ROW(%3$s)', key_col,
      regexp_replace(cols, '(\w+)', 'n."\1"', 'g'), regexp_replace(cols, '(\w+)', 'o."\1"', 'g'));
  END IF;
  IF TG_TABLE_NAME = 'Attendance' THEN
    q := 'SELECT s."groupId" AS k FROM "Session" s WHERE s.id IN (' || q || ')';
  ELSIF TG_TABLE_NAME = 'Organization' THEN
    q := 'SELECT g.id AS k FROM "Group" g WHERE g."organizationId" IN (' || q || ')';
  END IF;
  FOR gid IN EXECUTE 'SELECT k FROM (SELECT DISTINCT k FROM (' || q || ') x WHERE k IS NOT NULL) d ORDER BY k COLLATE "C"' LOOP
    PERFORM "summaries_refresh_group"(gid);
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Session_summaries_insert" AFTER INSERT ON "Session" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId');
CREATE TRIGGER "Session_summaries_update" AFTER UPDATE ON "Session" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId', 'groupId,organizationId,status,scheduledAt,plannedMinutes,number');
CREATE TRIGGER "Session_summaries_delete" AFTER DELETE ON "Session" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId');

CREATE TRIGGER "Attendance_summaries_insert" AFTER INSERT ON "Attendance" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('sessionId');
CREATE TRIGGER "Attendance_summaries_update" AFTER UPDATE ON "Attendance" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('sessionId', 'sessionId,organizationId,status');
CREATE TRIGGER "Attendance_summaries_delete" AFTER DELETE ON "Attendance" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('sessionId');

CREATE TRIGGER "Enrollment_summaries_insert" AFTER INSERT ON "Enrollment" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId');
CREATE TRIGGER "Enrollment_summaries_update" AFTER UPDATE ON "Enrollment" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId', 'groupId,organizationId,memberId,leftAt');
CREATE TRIGGER "Enrollment_summaries_delete" AFTER DELETE ON "Enrollment" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId');

CREATE TRIGGER "ConflictLog_summaries_insert" AFTER INSERT ON "ConflictLog" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId');
CREATE TRIGGER "ConflictLog_summaries_update" AFTER UPDATE ON "ConflictLog" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId', 'groupId,organizationId,resolved');
CREATE TRIGGER "ConflictLog_summaries_delete" AFTER DELETE ON "ConflictLog" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId');

CREATE TRIGGER "InteractionNote_summaries_insert" AFTER INSERT ON "InteractionNote" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId');
CREATE TRIGGER "InteractionNote_summaries_update" AFTER UPDATE ON "InteractionNote" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId', 'groupId,organizationId,fromMemberId');
CREATE TRIGGER "InteractionNote_summaries_delete" AFTER DELETE ON "InteractionNote" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId');

CREATE TRIGGER "MeasureResponse_summaries_insert" AFTER INSERT ON "MeasureResponse" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId');
CREATE TRIGGER "MeasureResponse_summaries_update" AFTER UPDATE ON "MeasureResponse" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId', 'groupId,organizationId,measureId,memberId,goalId,sessionId,point,score,takenAt,createdAt');
CREATE TRIGGER "MeasureResponse_summaries_delete" AFTER DELETE ON "MeasureResponse" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId');

CREATE TRIGGER "GoalScale_summaries_update" AFTER UPDATE ON "GoalScale" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId', 'groupId,organizationId,memberId,weight');
CREATE TRIGGER "GoalScale_summaries_delete" AFTER DELETE ON "GoalScale" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('groupId');

CREATE TRIGGER "Group_summaries_update" AFTER UPDATE ON "Group" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('id', 'organizationId,theme');
CREATE TRIGGER "Group_summaries_delete" AFTER DELETE ON "Group" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('id');

CREATE TRIGGER "Organization_summaries_update" AFTER UPDATE ON "Organization" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summaries_on_write"('id', 'timeZone');

-- Backfill: every existing group, once.
SELECT "summaries_refresh_group"(id) FROM "Group" ORDER BY id COLLATE "C";
