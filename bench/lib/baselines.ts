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

	planGet: (prisma: PrismaClient, ids: BaselineIds) =>
		q(
			prisma,
			`SELECT json_build_object('session', json_build_object('id', s.id, 'number', s.number, 'title', s.title,
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
			WHERE s.id = $1 AND s."organizationId" = $2`,
			ids.sessionId,
			ids.organizationId
		),

	/** Reorders the plan: lock the session, rewrite its items, bump the version. */
	planSave: (prisma: PrismaClient, ids: BaselineIds, rotation: number) =>
		prisma.$transaction(async (tx) => {
			await tx.$queryRawUnsafe(`SELECT version FROM "Session" WHERE id = $1 FOR UPDATE`, ids.sessionId);
			await tx.$executeRawUnsafe(
				`UPDATE "PlanItem" SET position = (position + $2) % n.total
				 FROM (SELECT count(*)::int AS total FROM "PlanItem" WHERE "sessionId" = $1) n
				 WHERE "sessionId" = $1`,
				ids.sessionId,
				rotation
			);
			return tx.$queryRawUnsafe(
				`UPDATE "Session" SET version = version + 1, "updatedAt" = now() WHERE id = $1 RETURNING version`,
				ids.sessionId
			);
		}),

	/** Records one attendance change per member, each once (idempotency key), in one transaction. */
	attendanceSave: (
		prisma: PrismaClient,
		ids: BaselineIds,
		memberIds: string[],
		statuses: string[],
		keys: string[]
	) =>
		prisma.$transaction(async (tx) => {
			await tx.$executeRawUnsafe(
				`INSERT INTO "IdempotencyKey" (key, "organizationId") SELECT k, $2 FROM unnest(($1::text)::text[]) k
				 ON CONFLICT DO NOTHING`,
				`{${keys.join(',')}}`,
				ids.organizationId
			);
			return tx.$executeRawUnsafe(
				`INSERT INTO "Attendance" (id, "organizationId", "sessionId", "memberId", status, "recordedById", "updatedAt")
				 SELECT gen_random_uuid()::text, $1, $2, m, s::"AttendanceStatus", $3, now()
				 FROM unnest(($4::text)::text[], ($5::text)::text[]) AS t(m, s)
				 ON CONFLICT ("sessionId", "memberId") DO UPDATE SET status = EXCLUDED.status,
					"recordedById" = EXCLUDED."recordedById", "updatedAt" = now()`,
				ids.organizationId,
				ids.sessionId,
				ids.facilitatorId,
				`{${memberIds.join(',')}}`,
				`{${statuses.join(',')}}`
			);
		}),

	memberProgress: (prisma: PrismaClient, ids: BaselineIds) =>
		q(
			prisma,
			`SELECT json_build_object(
				'member', (SELECT json_build_object('id', m.id, 'code', m.code, 'realName', m."realName",
					'joinedAt', e."joinedAt", 'leftAt', e."leftAt") FROM "Enrollment" e JOIN "Member" m ON m.id = e."memberId"
					WHERE e."groupId" = $1 AND e."memberId" = $2),
				'sessions', (SELECT json_agg(json_build_object('id', s.id, 'number', s.number, 'scheduledAt', s."scheduledAt",
					'status', s.status, 'attendance', a.status) ORDER BY s.number)
					FROM "Session" s LEFT JOIN "Attendance" a ON a."sessionId" = s.id AND a."memberId" = $2
					WHERE s."groupId" = $1),
				'responses', (SELECT json_agg(json_build_object('measureId', r."measureId", 'key', ms.key, 'kind', ms.kind,
					'point', r.point, 'takenAt', r."takenAt", 'score', r.score, 'sessionId', r."sessionId") ORDER BY r."takenAt")
					FROM "MeasureResponse" r JOIN "Measure" ms ON ms.id = r."measureId"
					WHERE r."groupId" = $1 AND r."memberId" = $2),
				'goals', (SELECT json_agg(gs) FROM "GoalScale" gs WHERE gs."groupId" = $1 AND gs."memberId" = $2),
				'interactions', (SELECT json_agg(x) FROM (SELECT kind, ("fromMemberId" = $2) AS initiated, count(*) AS n
					FROM "InteractionNote" WHERE "groupId" = $1 AND ("fromMemberId" = $2 OR "toMemberId" = $2)
					GROUP BY 1, 2) x),
				'conflicts', (SELECT json_agg(json_build_object('id', c.id, 'type', c.type, 'severity', c.severity,
					'resolved', c.resolved, 'createdAt', c."createdAt"))
					FROM "ConflictLog" c JOIN "ConflictMember" cm ON cm."conflictId" = c.id
					WHERE c."groupId" = $1 AND cm."memberId" = $2),
				'observations', (SELECT json_agg(json_build_object('id', o.id, 'note', o.note, 'tags', o.tags,
					'sessionId', o."sessionId", 'createdAt', o."createdAt") ORDER BY o."createdAt")
					FROM "Observation" o WHERE o."groupId" = $1 AND o."memberId" = $2)) AS progress`,
			ids.groupId,
			ids.memberId
		),

	groupOutcomes: (prisma: PrismaClient, ids: BaselineIds) =>
		q(
			prisma,
			`WITH keyed AS (
				SELECT r."measureId", r."memberId", r."goalId",
					(array_agg(r.score ORDER BY r."takenAt", r."createdAt", r.id COLLATE "C")
						FILTER (WHERE r.point = 'BASELINE'))[1] AS x1,
					(array_agg(r.score ORDER BY r.point = 'END' DESC, s.number DESC NULLS LAST, r."takenAt" DESC,
						r."createdAt" DESC, r.id COLLATE "C" DESC) FILTER (WHERE r.point <> 'BASELINE'))[1] AS x2
				FROM "MeasureResponse" r LEFT JOIN "Session" s ON s.id = r."sessionId" AND r.point = 'SESSION'
				WHERE r."groupId" = $1 GROUP BY 1, 2, 3)
			SELECT json_build_object(
				'group', (SELECT json_build_object('id', g.id, 'name', g.name, 'theme', g.theme, 'status', g.status,
					'goals', g.goals, 'plannedSessionCount', g."plannedSessionCount") FROM "Group" g WHERE g.id = $1),
				'sessions', (SELECT json_agg(json_build_object('id', s.id, 'number', s.number, 'status', s.status,
					'recorded', a.recorded, 'attended', a.attended) ORDER BY s.number)
					FROM "Session" s LEFT JOIN LATERAL (SELECT count(*) AS recorded,
						count(*) FILTER (WHERE status IN ('PRESENT','LATE','LEFT_EARLY')) AS attended
						FROM "Attendance" WHERE "sessionId" = s.id) a ON true WHERE s."groupId" = $1),
				'members', (SELECT json_agg(json_build_object('id', m.id, 'code', m.code, 'leftAt', e."leftAt") ORDER BY m.code)
					FROM "Enrollment" e JOIN "Member" m ON m.id = e."memberId" WHERE e."groupId" = $1),
				'change', (SELECT json_agg(c) FROM (SELECT "measureId", count(*) AS n, avg(x2 - x1) AS mean,
					stddev_samp(x2 - x1) AS sd, avg(x1) AS "meanBaseline", avg(x2) AS "meanLatest"
					FROM keyed WHERE x1 IS NOT NULL AND x2 IS NOT NULL GROUP BY "measureId") c),
				'conflicts', (SELECT json_agg(x) FROM (SELECT "sessionId", resolved, count(*) AS n FROM "ConflictLog"
					WHERE "groupId" = $1 GROUP BY 1, 2) x),
				'interactions', (SELECT json_agg(x) FROM (SELECT "fromMemberId", "toMemberId", kind, count(*) AS n
					FROM "InteractionNote" WHERE "groupId" = $1 GROUP BY 1, 2, 3) x)) AS outcomes`,
			ids.groupId
		),

	/** The comparison from the summaries the database keeps (GroupSummary, ChangeSummary), as the procedure reads them. */
	supervisionCompare: (prisma: PrismaClient, ids: BaselineIds) =>
		q(
			prisma,
			`WITH chosen AS MATERIALIZED (
				SELECT id, name, theme, status, "startDate", "plannedSessionCount" FROM "Group"
				WHERE "organizationId" = $1 ORDER BY "startDate" DESC, name LIMIT 500)
			SELECT c.*, s."sessionsDone", s."minutesDone", s.attended, s.absent, s.enrolled, s.active, s.conflicts,
				s."conflictsResolved", s.initiated,
				(SELECT json_agg(json_build_object('role', l.role, 'id', u.id, 'name', u.name) ORDER BY l.role)
					FROM "GroupLeader" l JOIN "user" u ON u.id = l."userId" WHERE l."groupId" = c.id) AS leaders,
				(SELECT json_agg(json_build_object('measureId', x."measureId", 'key', m.key, 'nameZh', m."nameZh",
					'nameEn', m."nameEn", 'higherIsBetter', m."higherIsBetter", 'sd', m.sd, 'reliability', m.reliability,
					'x1', x.x1, 'x2', x.x2) ORDER BY m."createdAt")
					FROM "ChangeSummary" x JOIN "Measure" m ON m.id = x."measureId" WHERE x."groupId" = c.id) AS change
			FROM chosen c LEFT JOIN "GroupSummary" s ON s."groupId" = c.id
			ORDER BY c."startDate" DESC, c.name`,
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
