// Hand-written SQL that returns the same data as each benchmarked procedure, in one statement (or one
// transaction for writes), run through the same Prisma client and driver: the floor a procedure is held to.
import type { PrismaClient } from '../../src/lib/server/db/generated/client';

export interface BaselineIds {
	organizationId: string;
	facilitatorId: string;
	groupId: string;
	sessionId: string;
	memberId: string;
	/** Start of today and of the day a week later, in the organization's zone. */
	today: Date;
	weekEnd: Date;
	tomorrow: Date;
}

interface PlanItemRow {
	id: string;
	kind: string;
	activityId: string | null;
	title: string;
	minutes: number;
	notes: string;
}
/** The benchmarked plan's items, read by the first (warm-up) save of the baseline. */
let planItems: { sessionId: string; rows: PlanItemRow[] } | null = null;

const q = (prisma: PrismaClient, sql: string, ...params: unknown[]) => prisma.$queryRawUnsafe(sql, ...params);

export const baselines = {
	dashboard: (prisma: PrismaClient, ids: BaselineIds) =>
		q(
			prisma,
			`WITH mine AS (
				SELECT g.id, g.name, g.theme, g.status, g."plannedSessionCount", g."createdAt"
				FROM "Group" g
				WHERE g."organizationId" = $1 AND g.status <> 'CLOSED'
					AND EXISTS (SELECT 1 FROM "GroupLeader" l WHERE l."groupId" = g.id AND l."userId" = $2)
				ORDER BY g.status DESC, g."createdAt" DESC LIMIT 50)
			SELECT json_build_object(
				'groups', (SELECT json_agg(json_build_object('id', m.id, 'name', m.name, 'theme', m.theme,
					'status', m.status, 'plannedSessionCount', m."plannedSessionCount",
					'activeMembers', (SELECT count(*) FROM "Enrollment" e WHERE e."groupId" = m.id AND e."leftAt" IS NULL),
					'nextSession', (SELECT json_build_object('id', s.id, 'number', s.number, 'stage', s.stage,
						'scheduledAt', s."scheduledAt") FROM "Session" s
						WHERE s."groupId" = m.id AND s.status = 'PLANNED' ORDER BY s.number LIMIT 1)))
					FROM mine m),
				'week', (SELECT json_agg(w) FROM (
					SELECT s.id, s.number, s.title, s.stage, s.status, s."scheduledAt", s."plannedMinutes",
						json_build_object('id', g.id, 'name', g.name) AS "group"
					FROM "Session" s JOIN "Group" g ON g.id = s."groupId"
					WHERE s."organizationId" = $1 AND s."scheduledAt" >= $3 AND s."scheduledAt" < $4
						AND s.status <> 'CANCELLED'
						AND EXISTS (SELECT 1 FROM "GroupLeader" l WHERE l."groupId" = s."groupId" AND l."userId" = $2)
					ORDER BY s."scheduledAt" LIMIT 100) w),
				'followUps', (SELECT json_agg(f) FROM (
					SELECT c.id, c.type, c.severity, c."followUpAt",
						json_build_object('id', g.id, 'name', g.name) AS "group", s.number AS "sessionNumber"
					FROM "ConflictLog" c JOIN "Group" g ON g.id = c."groupId" JOIN "Session" s ON s.id = c."sessionId"
					WHERE c."organizationId" = $1 AND NOT c.resolved AND c."followUpAt" IS NOT NULL
						AND EXISTS (SELECT 1 FROM "GroupLeader" l WHERE l."groupId" = c."groupId" AND l."userId" = $2)
					ORDER BY c."followUpAt" LIMIT 20) f)) AS dashboard`,
			ids.organizationId,
			ids.facilitatorId,
			ids.today,
			ids.weekEnd
		),

	groupOverview: (prisma: PrismaClient, ids: BaselineIds) =>
		q(
			prisma,
			`SELECT json_build_object('group', row_to_json(g),
				'leaders', (SELECT json_agg(json_build_object('role', l.role, 'userId', u.id, 'name', u.name) ORDER BY l.role)
					FROM "GroupLeader" l JOIN "user" u ON u.id = l."userId" WHERE l."groupId" = g.id),
				'enrollments', (SELECT json_agg(json_build_object('joinedAt', e."joinedAt", 'leftAt', e."leftAt",
					'leaveReason', e."leaveReason", 'member', json_build_object('id', m.id, 'code', m.code,
					'realName', m."realName", 'birthYear', m."birthYear", 'gender', m.gender)) ORDER BY m.code)
					FROM "Enrollment" e JOIN "Member" m ON m.id = e."memberId" WHERE e."groupId" = g.id),
				'sessions', (SELECT json_agg(json_build_object('id', s.id, 'number', s.number, 'title', s.title,
					'stage', s.stage, 'status', s.status, 'scheduledAt', s."scheduledAt", 'plannedMinutes', s."plannedMinutes",
					'planItemCount', p.n, 'planMinutes', p.minutes) ORDER BY s.number)
					FROM "Session" s LEFT JOIN LATERAL (SELECT count(*) AS n, COALESCE(sum(minutes), 0) AS minutes
						FROM "PlanItem" i WHERE i."sessionId" = s.id) p ON true
					WHERE s."groupId" = g.id)) AS overview
			FROM "Group" g WHERE g.id = $1 AND g."organizationId" = $2`,
			ids.groupId,
			ids.organizationId
		),

	/** The plan with the caller's leadership of its group (the access decision), as the procedure reads it. */
	planGet: (prisma: PrismaClient, ids: BaselineIds) =>
		q(
			prisma,
			`SELECT json_build_object('leaderRole', l.role, 'groupStatus', g.status,
				'session', json_build_object('id', s.id, 'number', s.number, 'title', s.title,
					'goals', s.goals, 'stage', s.stage, 'status', s.status, 'scheduledAt', s."scheduledAt",
					'plannedMinutes', s."plannedMinutes", 'version', s.version, 'timeZone', o."timeZone"),
				'group', json_build_object('id', g.id, 'name', g.name, 'theme', g.theme, 'status', g.status,
					'plannedSessionCount', g."plannedSessionCount"),
				'items', (SELECT json_agg(json_build_object('id', i.id, 'kind', i.kind, 'activityId', i."activityId",
					'title', i.title, 'minutes', i.minutes, 'notes', i.notes,
					'activity', CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'key', a.key,
						'titleZh', a."titleZh", 'titleEn', a."titleEn", 'energy', a.energy,
						'needsMaterials', a."needsMaterials", 'defaultMinutes', a."defaultMinutes") END) ORDER BY i.position)
					FROM "PlanItem" i LEFT JOIN "Activity" a ON a.id = i."activityId" WHERE i."sessionId" = s.id)) AS plan
			FROM "Session" s JOIN "Group" g ON g.id = s."groupId" JOIN "Organization" o ON o.id = g."organizationId"
				LEFT JOIN "GroupLeader" l ON l."groupId" = g.id AND l."userId" = $3
			WHERE s.id = $1 AND s."organizationId" = $2`,
			ids.sessionId,
			ids.organizationId,
			ids.facilitatorId
		),

	/**
	 * Reorders the plan with the procedure's writes, in one statement as the procedure saves an edit of the current
	 * version: the items come from the client as JSON (the plan's items, read once and then rotated), the caller must
	 * lead the group while it is open, an added activity must be in the organization's library (or already in the
	 * plan); then bump the version (the session row's lock orders concurrent saves), replace the items and write the
	 * audit row. The check of the base version is left out: the baseline has no read of the current version.
	 */
	planSave: async (prisma: PrismaClient, ids: BaselineIds, rotation: number) => {
		if (planItems?.sessionId !== ids.sessionId)
			planItems = {
				sessionId: ids.sessionId,
				rows: await prisma.$queryRawUnsafe<PlanItemRow[]>(
					`SELECT id, kind, "activityId", title, minutes, notes FROM "PlanItem" WHERE "sessionId" = $1 ORDER BY position`,
					ids.sessionId
				)
			};
		const rows = planItems.rows;
		const items = rows.map((_, k) => ({ ...rows[(k + rotation) % rows.length], position: k }));
		return q(
			prisma,
			`WITH acc AS (
				SELECT g.id AS "groupId", g."organizationId" FROM "Session" s JOIN "Group" g ON g.id = s."groupId"
					JOIN "GroupLeader" l ON l."groupId" = g.id AND l."userId" = $3
				WHERE s.id = $1 AND g."organizationId" = $4 AND g.status <> 'CLOSED'),
			input AS (
				SELECT * FROM jsonb_to_recordset($2::jsonb)
					AS t(id text, kind text, "activityId" text, title text, minutes int, notes text, position int)),
			bumped AS (
				UPDATE "Session" SET version = version + 1, "updatedAt" = now() WHERE id = $1 AND EXISTS (SELECT 1 FROM acc)
					AND NOT EXISTS (SELECT 1 FROM input i WHERE i."activityId" IS NOT NULL
						AND NOT EXISTS (SELECT 1 FROM "Activity" a WHERE a.id = i."activityId"
							AND (a."organizationId" IS NULL OR a."organizationId" = $4))
						AND NOT EXISTS (SELECT 1 FROM "PlanItem" p WHERE p."sessionId" = $1 AND p."activityId" = i."activityId"))
				RETURNING version),
			removed AS (
				DELETE FROM "PlanItem" WHERE "sessionId" = $1 AND EXISTS (SELECT 1 FROM bumped) RETURNING 1),
			inserted AS (
				INSERT INTO "PlanItem" (id, "organizationId", "sessionId", position, kind, "activityId", title, minutes, notes)
				SELECT i.id, $4, $1, i.position, i.kind::"PlanItemKind", i."activityId", i.title, i.minutes, i.notes
				FROM input i WHERE (SELECT count(*) FROM removed) >= 0 AND EXISTS (SELECT 1 FROM bumped)),
			audit AS (
				INSERT INTO "AuditLog" (id, "organizationId", "userId", action, entity, "entityId", "groupId")
				SELECT gen_random_uuid()::text, $4, $3, 'UPDATE', 'SessionPlan', $1, acc."groupId" FROM acc
				WHERE EXISTS (SELECT 1 FROM bumped))
			SELECT version FROM bumped`,
			ids.sessionId,
			JSON.stringify(items),
			ids.facilitatorId,
			ids.organizationId
		);
	},

	/**
	 * Records one attendance change per member, each once (idempotency key), with one audit row per member written,
	 * as the procedure does: in one transaction, the share lock on the session (the signed-off rule), then one
	 * statement that checks the rule and enrolment, stores the keys, the marks and the audit rows, and returns the
	 * session's attendance.
	 */
	attendanceSave: (
		prisma: PrismaClient,
		ids: BaselineIds,
		memberIds: string[],
		statuses: string[],
		keys: string[]
	) =>
		prisma.$transaction(async (tx) => {
			await tx.$queryRawUnsafe(`SELECT 1 FROM "Session" WHERE id = $1 FOR KEY SHARE`, ids.sessionId);
			return tx.$queryRawUnsafe(
				`WITH open AS (SELECT NOT EXISTS (SELECT 1 FROM "Review" WHERE "sessionId" = $2 AND status = 'SIGNED_OFF') AS ok),
				input AS (SELECT * FROM unnest(($4::text)::text[], ($5::text)::text[], ($6::text)::text[]) AS t(m, s, k)
					WHERE m IN (SELECT "memberId" FROM "Enrollment" WHERE "groupId" = $7 AND "leftAt" IS NULL)
						AND (SELECT ok FROM open)),
				fresh AS (INSERT INTO "IdempotencyKey" (key, "organizationId") SELECT k, $1 FROM input
					ON CONFLICT DO NOTHING RETURNING key),
				written AS (
					INSERT INTO "Attendance" (id, "organizationId", "sessionId", "memberId", status, "recordedById", "updatedAt")
					SELECT gen_random_uuid()::text, $1, $2, m, s::"AttendanceStatus", $3, now()
					FROM input JOIN fresh ON fresh.key = input.k
					ON CONFLICT ("sessionId", "memberId") DO UPDATE SET status = EXCLUDED.status,
						"recordedById" = EXCLUDED."recordedById", "updatedAt" = now()
					RETURNING "memberId", status, "minutesLate", "absenceReason", note, "updatedAt"),
				audit AS (
					INSERT INTO "AuditLog" (id, "organizationId", "userId", action, entity, "entityId", "groupId", "memberId")
					SELECT gen_random_uuid()::text, $1, $3, 'UPDATE', 'Attendance', $2, $7, "memberId" FROM written)
				SELECT json_agg(a) FROM (SELECT * FROM written UNION ALL
					SELECT "memberId", status, "minutesLate", "absenceReason", note, "updatedAt" FROM "Attendance"
					WHERE "sessionId" = $2 AND "memberId" NOT IN (SELECT "memberId" FROM written)) a`,
				ids.organizationId,
				ids.sessionId,
				ids.facilitatorId,
				`{${memberIds.join(',')}}`,
				`{${statuses.join(',')}}`,
				`{${keys.join(',')}}`,
				ids.groupId
			);
		}),

	/** The member's rows as the procedure returns them, and the audit row of the read in the same statement. */
	memberProgress: (prisma: PrismaClient, ids: BaselineIds) =>
		q(
			prisma,
			`WITH audit AS (
				INSERT INTO "AuditLog" (id, "organizationId", "userId", action, entity, "groupId", "memberId")
				SELECT gen_random_uuid()::text, $3, $4, 'READ', 'MemberProgress', $1, $2
				WHERE EXISTS (SELECT 1 FROM "Enrollment" WHERE "groupId" = $1 AND "memberId" = $2))
			SELECT json_build_object(
				'member', (SELECT json_build_object('id', m.id, 'code', m.code, 'realName', m."realName",
					'joinedAt', e."joinedAt", 'leftAt', e."leftAt") FROM "Enrollment" e JOIN "Member" m ON m.id = e."memberId"
					WHERE e."groupId" = $1 AND e."memberId" = $2),
				'sessions', (SELECT json_agg(json_build_object('id', s.id, 'number', s.number, 'scheduledAt', s."scheduledAt",
					'status', s.status, 'attendance', a.status, 'absenceReason', a."absenceReason", 'note', a.note)
					ORDER BY s.number)
					FROM "Session" s LEFT JOIN "Attendance" a ON a."sessionId" = s.id AND a."memberId" = $2
					WHERE s."groupId" = $1),
				'responses', (SELECT json_agg(json_build_object('id', r.id, 'measureId', r."measureId", 'goalId', r."goalId",
					'point', r.point, 'sessionId', r."sessionId", 'takenAt', r."takenAt", 'createdAt', r."createdAt",
					'score', r.score, 'source', r.source))
					FROM "MeasureResponse" r WHERE r."groupId" = $1 AND r."memberId" = $2),
				'measures', (SELECT json_object_agg(ms.id, json_build_object('key', ms.key, 'kind', ms.kind,
					'nameZh', ms."nameZh", 'nameEn', ms."nameEn", 'itemMin', ms."itemMin", 'itemMax', ms."itemMax",
					'items', ms.items, 'higherIsBetter', ms."higherIsBetter",
					'reliability', COALESCE(o.reliability, ms.reliability), 'sd', COALESCE(o.sd, ms.sd),
					'functionalMean', COALESCE(o."functionalMean", ms."functionalMean"),
					'functionalSd', COALESCE(o."functionalSd", ms."functionalSd"),
					'clinicalMean', COALESCE(o."clinicalMean", ms."clinicalMean"),
					'clinicalSd', COALESCE(o."clinicalSd", ms."clinicalSd")))
					FROM "Measure" ms LEFT JOIN "MeasureNorms" o ON o."measureId" = ms.id AND o."organizationId" = $3
					WHERE ms.id IN (SELECT "measureId" FROM "MeasureResponse" WHERE "groupId" = $1 AND "memberId" = $2)),
				'goals', (SELECT json_agg(json_build_object('id', gs.id, 'title', gs.title, 'weight', gs.weight,
					'levels', gs.levels) ORDER BY gs."createdAt") FROM "GoalScale" gs WHERE gs."groupId" = $1 AND gs."memberId" = $2),
				'interactions', (SELECT json_agg(json_build_object('id', i.id, 'sessionId', i."sessionId", 'kind', i.kind,
					'note', i.note, 'fromMemberId', i."fromMemberId", 'toMemberId', i."toMemberId", 'fromCode', f.code,
					'toCode', t.code) ORDER BY i."createdAt")
					FROM "InteractionNote" i JOIN "Member" f ON f.id = i."fromMemberId" LEFT JOIN "Member" t ON t.id = i."toMemberId"
					WHERE i."groupId" = $1 AND (i."fromMemberId" = $2 OR i."toMemberId" = $2)),
				'conflicts', (SELECT json_agg(json_build_object('id', c.id, 'sessionId', c."sessionId", 'type', c.type,
					'severity', c.severity, 'description', c.description, 'resolved', c.resolved) ORDER BY c."createdAt")
					FROM "ConflictLog" c JOIN "ConflictMember" cm ON cm."conflictId" = c.id
					WHERE c."groupId" = $1 AND cm."memberId" = $2),
				'observations', (SELECT json_agg(json_build_object('id', o.id, 'note', o.note, 'tags', o.tags,
					'sessionId', o."sessionId") ORDER BY o."createdAt")
					FROM "Observation" o WHERE o."groupId" = $1 AND o."memberId" = $2)) AS progress`,
			ids.groupId,
			ids.memberId,
			ids.organizationId,
			ids.facilitatorId
		),

	/**
	 * What the procedure returns: the group's figures with the caller's leadership (the access decision), and the
	 * change per measure and the GAS attainment from the summaries the database keeps (ChangeSummary with each
	 * measure's change already summed up and classified; GroupSummary), as the procedure reads them, in one
	 * statement.
	 */
	groupOutcomes: (prisma: PrismaClient, ids: BaselineIds) =>
		q(
			prisma,
			`SELECT json_build_object(
			'leaderRole', (SELECT l.role FROM "GroupLeader" l WHERE l."groupId" = $1 AND l."userId" = $3),
			'group', (SELECT json_build_object('id', g.id, 'name', g.name, 'theme', g.theme, 'status', g.status,
				'goals', g.goals, 'plannedSessionCount', g."plannedSessionCount", 'startDate', g."startDate",
				'closedAt', g."closedAt") FROM "Group" g WHERE g.id = $1 AND g."organizationId" = $2),
			'leaders', (SELECT json_agg(json_build_object('role', l.role, 'name', u.name) ORDER BY l.role)
				FROM "GroupLeader" l JOIN "user" u ON u.id = l."userId" WHERE l."groupId" = $1),
			'sessions', (SELECT json_agg(json_build_object('id', s.id, 'number', s.number, 'title', s.title,
				'scheduledAt', s."scheduledAt", 'status', s.status, 'plannedMinutes', s."plannedMinutes",
				'recorded', a.recorded, 'attended', a.attended, 'absent', a.absent, 'excused', a.excused,
				'conflicts', k.conflicts, 'resolved', k.resolved) ORDER BY s.number)
				FROM "Session" s LEFT JOIN LATERAL (SELECT count(*) AS recorded,
					count(*) FILTER (WHERE status IN ('PRESENT','LATE','LEFT_EARLY')) AS attended,
					count(*) FILTER (WHERE status IN ('ABSENT')) AS absent,
					count(*) FILTER (WHERE status IN ('EXCUSED')) AS excused
					FROM "Attendance" WHERE "sessionId" = s.id) a ON true
				LEFT JOIN LATERAL (SELECT count(*) AS conflicts, count(*) FILTER (WHERE resolved) AS resolved
					FROM "ConflictLog" WHERE "sessionId" = s.id) k ON true
				WHERE s."groupId" = $1),
			'members', (SELECT json_agg(json_build_object('id', m.id, 'code', m.code, 'realName', m."realName",
				'leftAt', e."leftAt") ORDER BY m.code)
				FROM "Enrollment" e JOIN "Member" m ON m.id = e."memberId" WHERE e."groupId" = $1),
			'interactions', (SELECT json_agg(x) FROM (SELECT "fromMemberId", "toMemberId", kind, count(*) AS n
				FROM "InteractionNote" WHERE "groupId" = $1 GROUP BY 1, 2, 3) x),
			'absenceReasons', (SELECT json_agg(x) FROM (SELECT t.status, t."absenceReason", count(*) AS n
				FROM "Attendance" t JOIN "Session" s ON s.id = t."sessionId"
				WHERE s."groupId" = $1 AND s.status = 'DONE' AND t.status IN ('ABSENT','EXCUSED','LEFT_EARLY')
				GROUP BY 1, 2) x),
			'selfReported', (SELECT json_object_agg(x."measureId", x.n) FROM (SELECT "measureId", count(*) AS n
				FROM "MeasureResponse" WHERE "groupId" = $1 AND "goalId" IS NULL AND source <> 'STAFF'
				GROUP BY 1) x),
			'change', (SELECT json_agg(json_build_object('measureId', c."measureId", 'key', m.key, 'kind', m.kind,
				'nameZh', m."nameZh", 'nameEn', m."nameEn", 'higherIsBetter', m."higherIsBetter", 'n', c.n,
				'mean', c.mean, 'sd', c.sd, 'meanBaseline', c."meanBaseline", 'meanLatest', c."meanLatest",
				'classified', c.classified, 'improved', c.improved, 'worse', c.worse) ORDER BY m."createdAt", m.id)
				FROM "ChangeSummary" c JOIN "Measure" m ON m.id = c."measureId" WHERE c."groupId" = $1),
			'gas', (SELECT json_build_object('goals', "gasGoals", 'attained', "gasAttained",
				'progressed', "gasProgressed") FROM "GroupSummary" WHERE "groupId" = $1)) AS outcomes`,
			ids.groupId,
			ids.organizationId,
			ids.facilitatorId
		),

	/**
	 * The comparison from the summaries the database keeps (GroupSummary; ChangeSummary with each group's change
	 * per measure already summed up), as the procedure reads them: the first 500 groups and whether there are more.
	 */
	supervisionCompare: (prisma: PrismaClient, ids: BaselineIds) =>
		q(
			prisma,
			`WITH chosen AS MATERIALIZED (
				SELECT id, name, theme, status, "startDate", "plannedSessionCount" FROM "Group"
				WHERE "organizationId" = $1 ORDER BY "startDate" DESC, name, id LIMIT 501)
			SELECT c.*, (SELECT count(*) FROM chosen) > 500 AS truncated,
				COALESCE(s."sessionsDone", 0) AS "sessionsDone", COALESCE(s."minutesDone", 0) AS "minutesDone",
				COALESCE(s.attended, 0) AS attended, COALESCE(s.absent, 0) AS absent,
				COALESCE(s.enrolled, 0) AS enrolled, COALESCE(s.active, 0) AS active,
				COALESCE(s.conflicts, 0) AS conflicts, COALESCE(s."conflictsResolved", 0) AS "conflictsResolved",
				COALESCE(s.initiated, '{}') AS initiated,
				(SELECT json_agg(json_build_object('role', l.role, 'userId', u.id, 'name', u.name) ORDER BY l.role)
					FROM "GroupLeader" l JOIN "user" u ON u.id = l."userId" WHERE l."groupId" = c.id) AS leaders,
				(SELECT json_agg(json_build_object('measureId', x."measureId", 'key', m.key, 'nameZh', m."nameZh",
					'nameEn', m."nameEn", 'n', x.n, 'mean', x.mean, 'sd', x.sd, 'classified', x.classified,
					'improved', x.improved) ORDER BY m."createdAt", m.id)
					FROM "ChangeSummary" x JOIN "Measure" m ON m.id = x."measureId" WHERE x."groupId" = c.id) AS change
			FROM chosen c LEFT JOIN "GroupSummary" s ON s."groupId" = c.id
			ORDER BY c."startDate" DESC, c.name, c.id LIMIT 500`,
			ids.organizationId
		),

	/** The statistics of whole months [first, stop) ('YYYY-MM') from MonthSummary, as the procedure reads them. */
	supervisionStatistics: (prisma: PrismaClient, ids: BaselineIds, first: string, stop: string) =>
		q(
			prisma,
			`SELECT month, theme, groups, sessions, attendances, (minutes / 60.0)::float8 AS "serviceHours",
				("personMinutes" / 60.0)::float8 AS "personHours"
			FROM "MonthSummary" WHERE "organizationId" = $1 AND groups > 0 AND month >= $2 AND month < $3
			ORDER BY 1, 2`,
			ids.organizationId,
			first,
			stop
		)
};
