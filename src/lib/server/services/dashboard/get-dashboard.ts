import { addDays, startOfDayInZone } from '../../../domain/dates';
import type { PrismaClient } from '../../db/generated/client';
import type { ConflictType, GroupStatus, SessionStatus, Stage } from '../../db/generated/enums';
import type { Viewer } from '../../../domain/viewer';
import { jsonDate } from '../../db/json-dates';
import { groupAccessSql } from '../access/require-group-access';

export interface GetDashboardOptions {
	now?: Date;
	timeZone: string;
}

interface DashboardRow {
	groups: {
		id: string;
		name: string;
		theme: string;
		status: GroupStatus;
		plannedSessionCount: number;
		activeMembers: number;
		nextSession: { id: string; number: number; stage: Stage; scheduledAt: string } | null;
	}[];
	week: {
		id: string;
		number: number;
		title: string;
		stage: Stage;
		status: SessionStatus;
		scheduledAt: string;
		plannedMinutes: number;
		group: { id: string; name: string };
	}[];
	followUps: {
		id: string;
		type: ConflictType;
		severity: number;
		followUpAt: string;
		group: { id: string; name: string };
		session: { number: number };
	}[];
}

/**
 * My open groups with their stage and next session, and the sessions of today and the coming week. One statement
 * (the dashboard is the first page of every visit): the groups the viewer may read are the group rule as SQL
 * (`groupAccessSql`), the same rule lists use (`groupScope`).
 */
export async function getDashboard(
	prisma: PrismaClient,
	viewer: Viewer,
	{ now = new Date(), timeZone }: GetDashboardOptions
) {
	const today = startOfDayInZone(now, timeZone);
	const access = groupAccessSql(viewer, 'read');
	const [row] = await prisma.$queryRaw<DashboardRow[]>`
		WITH mine AS MATERIALIZED (
			SELECT g.id, g.name, g.theme, g.status, g."plannedSessionCount", g."createdAt"
			FROM ${access.from}
			WHERE ${access.where} AND ${access.allowed})
		SELECT
			(SELECT COALESCE(json_agg(x ORDER BY x.status DESC, x."createdAt" DESC), '[]') FROM (
				SELECT m.id, m.name, m.theme, m.status, m."plannedSessionCount", m."createdAt",
					(SELECT count(*)::int FROM "Enrollment" e WHERE e."groupId" = m.id AND e."leftAt" IS NULL)
						AS "activeMembers",
					(SELECT json_build_object('id', s.id, 'number', s.number, 'stage', s.stage, 'scheduledAt', s."scheduledAt")
						FROM "Session" s WHERE s."groupId" = m.id AND s.status = 'PLANNED' ORDER BY s.number LIMIT 1)
						AS "nextSession"
				FROM mine m WHERE m.status <> 'CLOSED'
				ORDER BY m.status DESC, m."createdAt" DESC LIMIT 50) x) AS groups,
			(SELECT COALESCE(json_agg(x ORDER BY x."scheduledAt"), '[]') FROM (
				SELECT s.id, s.number, s.title, s.stage, s.status, s."scheduledAt", s."plannedMinutes",
					json_build_object('id', m.id, 'name', m.name) AS "group"
				FROM "Session" s JOIN mine m ON m.id = s."groupId"
				WHERE s."organizationId" = ${viewer.organizationId} AND s."scheduledAt" >= ${today}
					AND s."scheduledAt" < ${addDays(today, 7, timeZone)} AND s.status <> 'CANCELLED'
				ORDER BY s."scheduledAt" LIMIT 100) x) AS week,
			-- Open conflict follow-ups: type and date only, never the note text or who was involved.
			(SELECT COALESCE(json_agg(x ORDER BY x."followUpAt"), '[]') FROM (
				SELECT c.id, c.type, c.severity, c."followUpAt", json_build_object('id', m.id, 'name', m.name) AS "group",
					json_build_object('number', s.number) AS session
				FROM "ConflictLog" c JOIN mine m ON m.id = c."groupId" JOIN "Session" s ON s.id = c."sessionId"
				WHERE NOT c.resolved AND c."followUpAt" IS NOT NULL
				ORDER BY c."followUpAt" LIMIT 20) x) AS "followUps"`;
	const tomorrow = addDays(today, 1, timeZone);
	const week = row.week.map(({ scheduledAt, ...s }) => ({ ...s, scheduledAt: jsonDate(scheduledAt) }));
	return {
		groups: row.groups.map(({ nextSession, ...group }) => ({
			id: group.id,
			name: group.name,
			theme: group.theme,
			status: group.status,
			plannedSessionCount: group.plannedSessionCount,
			activeMembers: group.activeMembers,
			// The stage of a group is the stage of its next session; with none left, it is ending.
			stage: nextSession?.stage ?? ('ENDING' as const),
			nextSession: nextSession ? { ...nextSession, scheduledAt: jsonDate(nextSession.scheduledAt) } : null
		})),
		today: week.filter((s) => s.scheduledAt < tomorrow),
		thisWeek: week.filter((s) => s.scheduledAt >= tomorrow),
		followUps: row.followUps.map(({ followUpAt, ...f }) => ({ ...f, followUpAt: jsonDate(followUpAt) }))
	};
}
