import type { PrismaClient } from '../../db/generated/client';
import type { EnergyLevel, GroupStatus, SessionStatus, Stage } from '../../db/generated/enums';
import type { PlanItemInput } from '../../../domain/plan';
import { localClock } from '../../../domain/dates';
import { groupAccessSql, type GroupAccessColumns } from '../access/require-group-access';
import type { AccessGate } from '../access/access-gate';

export const planItemSelect = {
	id: true,
	kind: true,
	activityId: true,
	title: true,
	minutes: true,
	notes: true
} as const;

/** Wall-clock start of a session in the organization's time zone. */
export function sessionStartClock(scheduledAt: Date, timeZone: string) {
	return localClock(scheduledAt, timeZone);
}

interface PlanActivity {
	id: string;
	key: string | null;
	titleZh: string;
	titleEn: string;
	energy: EnergyLevel;
	needsMaterials: boolean;
	defaultMinutes: number;
}

interface PlanRow extends GroupAccessColumns {
	id: string;
	number: number;
	title: string;
	goals: string;
	stage: Stage;
	sessionStatus: SessionStatus;
	scheduledAt: Date;
	plannedMinutes: number;
	version: number;
	timeZone: string;
	group: { id: string; name: string; theme: string; status: GroupStatus; plannedSessionCount: number };
	items: (PlanItemInput & { activity: PlanActivity | null })[];
}

/**
 * A session's plan with what the planner shows around it. One statement checks access and reads everything
 * (the planner opens on it, and reopens it after every save by a co-leader).
 */
export async function getPlan(prisma: PrismaClient, gate: AccessGate, sessionId: string) {
	const access = groupAccessSql(gate.viewer, gate.mode);
	const [row] = await prisma.$queryRaw<PlanRow[]>`
		SELECT ${access.columns},
			s.id, s.number, s.title, s.goals, s.stage::text AS stage, s.status::text AS "sessionStatus", s."scheduledAt",
			s."plannedMinutes", s.version, o."timeZone",
			json_build_object('id', g.id, 'name', g.name, 'theme', g.theme, 'status', g.status,
				'plannedSessionCount', g."plannedSessionCount") AS "group",
			(SELECT COALESCE(json_agg(json_build_object('id', i.id, 'kind', i.kind, 'activityId', i."activityId",
				'title', i.title, 'minutes', i.minutes, 'notes', i.notes,
				'activity', CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'key', a.key,
					'titleZh', a."titleZh", 'titleEn', a."titleEn", 'energy', a.energy,
					'needsMaterials', a."needsMaterials", 'defaultMinutes', a."defaultMinutes") END) ORDER BY i.position), '[]')
				FROM "PlanItem" i LEFT JOIN "Activity" a ON a.id = i."activityId" WHERE i."sessionId" = s.id) AS items
		FROM "Session" s JOIN ${access.from} ON g.id = s."groupId" JOIN "Organization" o ON o.id = g."organizationId"
		WHERE s.id = ${sessionId} AND ${access.where}`;
	const { canWrite } = gate.decide(row);
	const activities = new Map(row.items.flatMap((i) => (i.activity ? [[i.activity.id, i.activity]] : [])));
	return {
		session: {
			id: row.id,
			number: row.number,
			title: row.title,
			goals: row.goals,
			stage: row.stage,
			status: row.sessionStatus,
			scheduledAt: row.scheduledAt,
			plannedMinutes: row.plannedMinutes,
			version: row.version,
			timeZone: row.timeZone,
			start: sessionStartClock(row.scheduledAt, row.timeZone)
		},
		group: row.group,
		items: row.items.map(({ activity: _activity, ...item }): PlanItemInput => item),
		activities: [...activities.values()],
		canEdit: canWrite
	};
}

export type PlanView = Awaited<ReturnType<typeof getPlan>>;
