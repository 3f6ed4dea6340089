import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { InteractionKind, LeaderRole, MeasureKind, SessionStatus } from '../../db/generated/enums';
import { jsonDate } from '../../db/json-dates';
import { groupAccessSql, type GroupAccessColumns } from '../access/require-group-access';
import { seesIdentity } from '../access/identity';
import type { AccessGate } from '../access/access-gate';
import { isolatedMembers, participationBalance, retention } from '../../../domain/outcomes';
import { ciFromSummary, share } from '../../../domain/report-figures';
import type { ChangeSummary } from '../../../domain/change';
import {
	ABSENT_STATUSES,
	ATTENDED_STATUSES,
	EXCUSED_STATUSES,
	MISSED_STATUSES,
	absenceReasonBreakdownOf,
	rateOf,
	sqlStatusList,
	type AbsenceReasonCount
} from '../../../domain/attendance';

interface OutcomesRow extends GroupAccessColumns {
	name: string;
	/** responses the members gave themselves, per measure (GAS goals are rated by staff) */
	selfReported: Record<string, number>;
	theme: string;
	goals: string[];
	plannedSessionCount: number;
	startDate: Date | null;
	closedAt: Date | null;
	leaders: { role: LeaderRole; name: string }[];
	sessions: {
		id: string;
		number: number;
		title: string;
		scheduledAt: string;
		status: SessionStatus;
		plannedMinutes: number;
		recorded: number;
		attended: number;
		absent: number;
		excused: number;
		conflicts: number;
		resolved: number;
	}[];
	enrollments: { id: string; code: string; realName: string | null; leftAt: string | null }[];
	interactions: { from: string; to: string | null; kind: InteractionKind; count: number }[];
	/** Absences and leaves of held sessions, counted by status and reason. */
	absenceReasons: AbsenceReasonCount[];
	/** per measure the change as `summarizeChange` sums it up, kept by the database (ChangeSummary) */
	change: ({
		measureId: string;
		key: string | null;
		kind: MeasureKind;
		nameZh: string;
		nameEn: string;
		higherIsBetter: boolean;
	} & ChangeSummary)[];
	/** GAS goals with a follow-up level, attained, progressed (GroupSummary; absent before the group's first write) */
	gasGoals: number;
	gasAttained: number;
	gasProgressed: number;
}

/**
 * A group's outcomes: attendance per session, retention, mean change per measure with a 95% interval,
 * share reliably improved, conflicts per session, and the interaction network. Every count is an SQL
 * aggregate. One statement checks access (`access`, then `decide`) and reads the group with its figures; the
 * change per measure and the GAS attainment come from the summaries the database keeps with every write
 * (ChangeSummary, GroupSummary; see prisma/schema.prisma), never from a pass over the responses.
 */
export async function getGroupOutcomes(prisma: PrismaClient, gate: AccessGate, groupId: string) {
	const organizationId = gate.viewer.organizationId;
	const access = groupAccessSql(gate.viewer, gate.mode);
	const attendedSql = Prisma.raw(sqlStatusList(ATTENDED_STATUSES));
	const absentSql = Prisma.raw(sqlStatusList(ABSENT_STATUSES));
	const excusedSql = Prisma.raw(sqlStatusList(EXCUSED_STATUSES));
	const missedSql = Prisma.raw(sqlStatusList(MISSED_STATUSES));
	// The statement reads past its access columns only for a caller who may read the group.
	const [row] = await prisma.$queryRaw<OutcomesRow[]>`
		SELECT ${access.columns}, g.name, g.theme, g.goals, g."plannedSessionCount", g."startDate", g."closedAt",
			(SELECT COALESCE(json_agg(json_build_object('role', gl.role, 'name', u.name) ORDER BY gl.role), '[]')
				FROM "GroupLeader" gl JOIN "user" u ON u.id = gl."userId"
				WHERE gl."groupId" = g.id AND ${access.allowed}) AS leaders,
			(SELECT COALESCE(json_agg(json_build_object('id', s.id, 'number', s.number, 'title', s.title,
				'scheduledAt', s."scheduledAt", 'status', s.status, 'plannedMinutes', s."plannedMinutes",
				'recorded', t.recorded, 'attended', t.attended, 'absent', t.absent, 'excused', t.excused,
				'conflicts', k.conflicts, 'resolved', k.resolved) ORDER BY s.number), '[]')
				FROM "Session" s
				CROSS JOIN LATERAL (SELECT count(*)::int AS recorded,
					count(*) FILTER (WHERE t.status IN (${attendedSql}))::int AS attended,
					count(*) FILTER (WHERE t.status IN (${absentSql}))::int AS absent,
					count(*) FILTER (WHERE t.status IN (${excusedSql}))::int AS excused
					FROM "Attendance" t WHERE t."sessionId" = s.id AND s."organizationId" = ${organizationId}) t
				CROSS JOIN LATERAL (SELECT count(*)::int AS conflicts,
					count(*) FILTER (WHERE k.resolved)::int AS resolved
					FROM "ConflictLog" k
					WHERE k."sessionId" = s.id AND k."groupId" = ${groupId} AND k."organizationId" = ${organizationId}) k
				WHERE s."groupId" = ${groupId} AND ${access.allowed}) AS sessions,
			(SELECT COALESCE(json_agg(json_build_object('id', m.id, 'code', m.code, 'realName', m."realName",
				'leftAt', e."leftAt") ORDER BY m.code), '[]')
				FROM "Enrollment" e JOIN "Member" m ON m.id = e."memberId"
				WHERE e."groupId" = ${groupId} AND ${access.allowed}) AS enrollments,
			(SELECT COALESCE(json_agg(json_build_object('from', x."fromMemberId", 'to', x."toMemberId",
				'kind', x.kind, 'count', x.n)), '[]')
				FROM (SELECT count(*)::int AS n, i."fromMemberId", i."toMemberId", i.kind FROM "InteractionNote" i
					WHERE i."groupId" = ${groupId} AND i."organizationId" = ${organizationId} AND ${access.allowed}
					GROUP BY i."fromMemberId", i."toMemberId", i.kind) x) AS interactions,
			(SELECT COALESCE(json_agg(json_build_object('status', x.status, 'reason', x.reason, 'n', x.n)), '[]')
				FROM (SELECT t.status, t."absenceReason" AS reason, count(*)::int AS n
					FROM "Attendance" t JOIN "Session" s ON s.id = t."sessionId"
					WHERE s."groupId" = ${groupId} AND s."organizationId" = ${organizationId} AND s.status = 'DONE'
						AND t.status IN (${missedSql}) AND ${access.allowed}
					GROUP BY t.status, t."absenceReason") x) AS "absenceReasons",
			(SELECT COALESCE(json_object_agg(x."measureId", x.n), '{}')
				FROM (SELECT r."measureId", count(*)::int AS n FROM "MeasureResponse" r
					WHERE r."groupId" = ${groupId} AND r."organizationId" = ${organizationId} AND r."goalId" IS NULL
						AND r.source <> 'STAFF' AND ${access.allowed}
					GROUP BY r."measureId") x) AS "selfReported",
			(SELECT COALESCE(json_agg(json_build_object('measureId', c."measureId", 'key', m.key, 'kind', m.kind,
				'nameZh', m."nameZh", 'nameEn', m."nameEn", 'higherIsBetter', m."higherIsBetter", 'n', c.n,
				'mean', c.mean, 'sd', c.sd, 'meanBaseline', c."meanBaseline", 'meanLatest', c."meanLatest",
				'classified', c.classified, 'improved', c.improved, 'worse', c.worse) ORDER BY m."createdAt", m.id), '[]')
				FROM "ChangeSummary" c JOIN "Measure" m ON m.id = c."measureId"
				WHERE c."groupId" = g.id AND c."organizationId" = ${organizationId} AND ${access.allowed}) AS change,
			COALESCE(gs."gasGoals", 0) AS "gasGoals", COALESCE(gs."gasAttained", 0) AS "gasAttained",
			COALESCE(gs."gasProgressed", 0) AS "gasProgressed"
		FROM ${access.from}
			LEFT JOIN "GroupSummary" gs ON gs."groupId" = g.id AND gs."organizationId" = ${organizationId} AND ${access.allowed}
		WHERE g.id = ${groupId} AND ${access.where}`;
	const { isLeader } = gate.decide(row);

	const sessions = row.sessions.map(({ scheduledAt, ...s }) => ({
		...s,
		scheduledAt: jsonDate(scheduledAt)
	}));
	// The rate counts held sessions only (domain/attendance.ts); the table still shows marks on any session.
	const held = sessions.filter((s) => s.status === 'DONE');
	const attended = held.reduce((s, x) => s + x.attended, 0);
	const absent = held.reduce((s, x) => s + x.absent, 0);
	const excused = held.reduce((s, x) => s + x.excused, 0);
	const enrolled = row.enrollments.length;
	const active = row.enrollments.filter((e) => e.leftAt === null).length;

	const members = row.enrollments.map(({ leftAt, ...m }) => ({
		...m,
		left: leftAt !== null,
		realName: seesIdentity(isLeader, { leftAt }) ? m.realName : null
	}));
	const memberIds = new Set(members.map((m) => m.id));
	const edges = row.interactions.filter((e) => memberIds.has(e.from));
	const initiated = members.map((m) => edges.filter((e) => e.from === m.id).reduce((s, e) => s + e.count, 0));
	const isolated = new Set(
		isolatedMembers(
			members.map((m) => m.id),
			edges
		)
	);

	return {
		group: {
			id: row.groupId,
			name: row.name,
			theme: row.theme,
			status: row.status,
			goals: row.goals,
			plannedSessionCount: row.plannedSessionCount,
			startDate: row.startDate,
			closedAt: row.closedAt,
			leaders: row.leaders
		},
		isLeader,
		sessions,
		attendance: { attended, absent, excused, counted: attended + absent, rate: rateOf(attended, absent) },
		absenceReasons: absenceReasonBreakdownOf(row.absenceReasons),
		retention: { enrolled, active, rate: retention(enrolled, active) },
		serviceHours: sessions.filter((s) => s.status === 'DONE').reduce((h, s) => h + s.plannedMinutes / 60, 0),
		measures: row.change.map((m) => ({
			measureId: m.measureId,
			key: m.key,
			kind: m.kind,
			nameZh: m.nameZh,
			nameEn: m.nameEn,
			higherIsBetter: m.higherIsBetter,
			meanBaseline: m.meanBaseline,
			meanLatest: m.meanLatest,
			change: ciFromSummary(m.n, m.mean, m.sd),
			classified: m.classified,
			improved: m.improved,
			worse: m.worse,
			shareImproved: share(m.improved, m.classified),
			selfReported: row.selfReported[m.measureId] ?? 0
		})),
		gas: { goals: row.gasGoals, attained: row.gasAttained, progressed: row.gasProgressed },
		conflicts: {
			total: sessions.reduce((s, x) => s + x.conflicts, 0),
			resolved: sessions.reduce((s, x) => s + x.resolved, 0)
		},
		sociogram: {
			nodes: members.map((m, i) => ({
				...m,
				initiated: initiated[i],
				received: edges.filter((e) => e.to === m.id).reduce((s, e) => s + e.count, 0),
				isolated: isolated.has(m.id)
			})),
			edges,
			balance: participationBalance(initiated)
		}
	};
}

export type GroupOutcomes = Awaited<ReturnType<typeof getGroupOutcomes>>;
