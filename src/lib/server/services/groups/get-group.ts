import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { LeaderRole, SessionStatus, Stage } from '../../db/generated/enums';
import { jsonDate } from '../../db/json-dates';
import { sessionPhase } from '../../../domain/vocabularies';
import { groupAccessSql, type GroupAccessColumns } from '../access/require-group-access';
import { seesIdentity } from '../access/identity';
import type { AccessGate } from '../access/access-gate';
import type { groupDesignSelect } from './group-design-select';

interface OverviewRow extends GroupAccessColumns {
	group: Prisma.GroupGetPayload<{ select: typeof groupDesignSelect }> & {
		startDate: string | null;
		closingSummary: string | null;
		version: number;
	};
	leaders: { role: LeaderRole; userId: string; name: string }[];
	enrollments: {
		joinedAt: string;
		leftAt: string | null;
		leaveReason: string | null;
		member: {
			id: string;
			code: string;
			realName: string | null;
			birthYear: number | null;
			gender: string | null;
		};
	}[];
	sessions: {
		id: string;
		number: number;
		title: string;
		stage: Stage;
		status: SessionStatus;
		startedAt: string | null;
		scheduledAt: string;
		plannedMinutes: number;
		planItemCount: number;
		planMinutes: number;
	}[];
}

/**
 * A group's overview: design, leaders, members (real names for leaders only) and the session timeline.
 * One statement checks access and reads everything (the overview opens every group page).
 */
export async function getGroup(prisma: PrismaClient, gate: AccessGate, groupId: string) {
	const access = groupAccessSql(gate.viewer, gate.mode);
	const [row] = await prisma.$queryRaw<OverviewRow[]>`
		SELECT ${access.columns},
			json_build_object('id', g.id, 'name', g.name, 'theme', g.theme, 'targetPopulation', g."targetPopulation",
				'background', g.background, 'needs', g.needs, 'strengths', g.strengths, 'goals', g.goals,
				'recruitmentCriteria', g."recruitmentCriteria", 'evaluationMethod', g."evaluationMethod", 'venue', g.venue,
				'capacity', g.capacity, 'plannedSessionCount', g."plannedSessionCount", 'weekday', g.weekday,
				'startTime', g."startTime", 'sessionMinutes', g."sessionMinutes", 'startDate', g."startDate",
				'closingSummary', g."closingSummary", 'version', g.version) AS "group",
			(SELECT COALESCE(json_agg(json_build_object('role', gl.role, 'userId', u.id, 'name', u.name) ORDER BY gl.role), '[]')
				FROM "GroupLeader" gl JOIN "user" u ON u.id = gl."userId" WHERE gl."groupId" = g.id) AS leaders,
			(SELECT COALESCE(json_agg(json_build_object('joinedAt', e."joinedAt", 'leftAt', e."leftAt",
				'leaveReason', e."leaveReason", 'member', json_build_object('id', m.id, 'code', m.code,
				'realName', m."realName", 'birthYear', m."birthYear", 'gender', m.gender)) ORDER BY m.code), '[]')
				FROM "Enrollment" e JOIN "Member" m ON m.id = e."memberId" WHERE e."groupId" = g.id) AS enrollments,
			(SELECT COALESCE(json_agg(json_build_object('id', s.id, 'number', s.number, 'title', s.title, 'stage', s.stage,
				'status', s.status, 'startedAt', s."startedAt", 'scheduledAt', s."scheduledAt", 'plannedMinutes', s."plannedMinutes",
				'planItemCount', p.n, 'planMinutes', p.minutes) ORDER BY s.number), '[]')
				FROM "Session" s CROSS JOIN LATERAL (SELECT count(*)::int AS n, COALESCE(sum(i.minutes), 0)::int AS minutes
					FROM "PlanItem" i WHERE i."sessionId" = s.id) p
				WHERE s."groupId" = g.id) AS sessions
		FROM ${access.from}
		WHERE g.id = ${groupId} AND ${access.where}`;
	const { isLeader, leaderRole } = gate.decide(row);
	const { startDate, ...design } = row.group;
	return {
		...design,
		status: row.status,
		startDate: jsonDate(startDate),
		isLeader,
		leaderRole,
		leaders: row.leaders,
		enrollments: row.enrollments.map(({ member, joinedAt, leftAt, ...enrollment }) => ({
			joinedAt: jsonDate(joinedAt),
			leftAt: jsonDate(leftAt),
			...enrollment,
			member: { ...member, realName: seesIdentity(isLeader, { leftAt }) ? member.realName : null }
		})),
		sessions: row.sessions.map(({ scheduledAt, startedAt, ...session }) => ({
			...session,
			phase: sessionPhase({ status: session.status, startedAt }),
			scheduledAt: jsonDate(scheduledAt)
		}))
	};
}
