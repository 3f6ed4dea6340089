import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaClient } from '../../db/generated/client';
import type {
	ConflictType,
	InteractionKind,
	MeasureKind,
	MeasurePoint,
	SessionStatus
} from '../../db/generated/enums';
import { jsonDate } from '../../db/json-dates';
import { groupAccessSql, type GroupAccessColumns } from '../access/require-group-access';
import type { AccessGate } from '../access/access-gate';
import { notFound } from '../../errors';
import {
	attendanceRate,
	currentAbsenceStreak,
	gasTScore,
	longestAbsenceStreak,
	reliableChange,
	reliableChangeBand,
	type AttendanceStatus
} from '../../../domain/outcomes';
import { GAS_RHO } from './change-stats';

/** A point on a member's chart: the baseline, a session (by number), or the end. */
export type ProgressSlot = 'BASELINE' | number | 'END';

interface MeasureInfo {
	key: string | null;
	kind: MeasureKind;
	nameZh: string;
	nameEn: string;
	itemMin: number;
	itemMax: number;
	items: Prisma.JsonValue;
	higherIsBetter: boolean;
	reliability: number | null;
	sd: number | null;
}

/** The access columns, and the member's enrollment and rows when the caller may read them and it exists. */
interface ProgressRow extends GroupAccessColumns {
	groupName: string;
	enrollment: {
		id: string;
		code: string;
		realName: string | null;
		joinedAt: string;
		leftAt: string | null;
	} | null;
	sessions: {
		id: string;
		number: number;
		scheduledAt: string;
		status: SessionStatus;
		attendance: AttendanceStatus | null;
	}[];
	responses: {
		measureId: string;
		goalId: string | null;
		point: MeasurePoint;
		sessionId: string | null;
		score: number;
	}[];
	/** The measures of those responses, by id. */
	measures: Record<string, MeasureInfo>;
	goals: { id: string; title: string; weight: number; levels: string[] }[];
	interactions: {
		id: string;
		sessionId: string;
		kind: InteractionKind;
		note: string;
		fromMemberId: string;
		toMemberId: string | null;
		fromCode: string;
		toCode: string | null;
	}[];
	conflicts: {
		id: string;
		sessionId: string;
		type: ConflictType;
		severity: number;
		description: string;
		resolved: boolean;
	}[];
	observations: { id: string; sessionId: string; note: string; tags: string[] }[];
}

/**
 * One member's progress in one group: scores per measure over time with the reliable-change band,
 * attendance, and the notes about them as a timeline. Reading it is audited.
 * The member's own rows are few, so the series are assembled here; group figures stay in SQL.
 * One statement checks access, reads, and writes the audit row (only for a read that is allowed and found).
 */
export async function getMemberProgress(
	prisma: PrismaClient,
	gate: AccessGate,
	groupId: string,
	memberId: string
) {
	const { viewer } = gate;
	const access = groupAccessSql(viewer, gate.mode);
	// The member's rows are read (and the read audited) only when the caller may read and the member is enrolled.
	const found = Prisma.sql`a.enrollment IS NOT NULL`;
	const [row] = await prisma.$queryRaw<ProgressRow[]>`
		WITH a AS (
			SELECT ${access.columns}, g.name AS "groupName",
				(SELECT row_to_json(x) FROM (SELECT m.id, m.code, m."realName", e."joinedAt", e."leftAt"
					FROM "Enrollment" e JOIN "Member" m ON m.id = e."memberId"
					WHERE e."groupId" = g.id AND e."memberId" = ${memberId} AND e."organizationId" = g."organizationId"
						AND ${access.allowed}) x) AS enrollment
			FROM ${access.from}
			WHERE g.id = ${groupId} AND ${access.where}
		),
		audit AS (
			INSERT INTO "AuditLog" (id, "organizationId", "userId", action, entity, "groupId", "memberId")
			SELECT ${randomUUID()}, ${viewer.organizationId}, ${viewer.userId}, 'READ', 'MemberProgress', ${groupId},
				${memberId}
			FROM a WHERE ${found}
		)
		SELECT a."groupId", a."organizationId", a.status, a."leaderRole", a."groupName", a.enrollment,
			(SELECT COALESCE(json_agg(json_build_object('id', s.id, 'number', s.number, 'scheduledAt', s."scheduledAt",
				'status', s.status, 'attendance', t.status) ORDER BY s.number), '[]')
				FROM "Session" s LEFT JOIN "Attendance" t ON t."sessionId" = s.id AND t."memberId" = ${memberId}
				WHERE s."groupId" = ${groupId} AND ${found}) AS sessions,
			(SELECT COALESCE(json_agg(json_build_object('measureId', r."measureId", 'goalId', r."goalId",
				'point', r.point, 'sessionId', r."sessionId", 'score', r.score) ORDER BY r."takenAt", r."createdAt"), '[]')
				FROM "MeasureResponse" r WHERE r."groupId" = ${groupId} AND r."memberId" = ${memberId} AND ${found})
				AS responses,
			(SELECT COALESCE(json_object_agg(ms.id, json_build_object('key', ms.key, 'kind', ms.kind,
				'nameZh', ms."nameZh", 'nameEn', ms."nameEn", 'itemMin', ms."itemMin", 'itemMax', ms."itemMax",
				'items', ms.items, 'higherIsBetter', ms."higherIsBetter", 'reliability', ms.reliability, 'sd', ms.sd)), '{}')
				FROM "Measure" ms
				WHERE ms.id = ANY (ARRAY(SELECT r."measureId" FROM "MeasureResponse" r
					WHERE r."groupId" = ${groupId} AND r."memberId" = ${memberId})) AND ${found}) AS measures,
			(SELECT COALESCE(json_agg(json_build_object('id', gs.id, 'title', gs.title, 'weight', gs.weight,
				'levels', gs.levels) ORDER BY gs."createdAt"), '[]')
				FROM "GoalScale" gs WHERE gs."groupId" = ${groupId} AND gs."memberId" = ${memberId} AND ${found}) AS goals,
			(SELECT COALESCE(json_agg(json_build_object('id', i.id, 'sessionId', i."sessionId", 'kind', i.kind,
				'note', i.note, 'fromMemberId', i."fromMemberId", 'toMemberId', i."toMemberId",
				'fromCode', (SELECT f.code FROM "Member" f WHERE f.id = i."fromMemberId"),
				'toCode', (SELECT o.code FROM "Member" o WHERE o.id = i."toMemberId")) ORDER BY i."createdAt"), '[]')
				FROM "InteractionNote" i
				WHERE i."groupId" = ${groupId} AND (i."fromMemberId" = ${memberId} OR i."toMemberId" = ${memberId})
					AND ${found}) AS interactions,
			(SELECT COALESCE(json_agg(json_build_object('id', c.id, 'sessionId', c."sessionId", 'type', c.type,
				'severity', c.severity, 'description', c.description, 'resolved', c.resolved) ORDER BY c."createdAt"), '[]')
				FROM "ConflictLog" c
				WHERE c."groupId" = ${groupId} AND EXISTS (SELECT 1 FROM "ConflictMember" cm
					WHERE cm."conflictId" = c.id AND cm."memberId" = ${memberId}) AND ${found}) AS conflicts,
			(SELECT COALESCE(json_agg(json_build_object('id', ob.id, 'sessionId', ob."sessionId", 'note', ob.note,
				'tags', ob.tags) ORDER BY ob."createdAt"), '[]')
				FROM "Observation" ob WHERE ob."groupId" = ${groupId} AND ob."memberId" = ${memberId} AND ${found})
				AS observations
		FROM a`;
	const { isLeader } = gate.decide(row);
	if (!row.enrollment) throw notFound();
	const { enrollment, sessions, responses, measures, goals, interactions, conflicts, observations } = row;

	const sessionNumber = new Map(sessions.map((s) => [s.id, s.number]));
	const slotOf = (r: { point: string; sessionId: string | null }): ProgressSlot =>
		r.point === 'BASELINE'
			? 'BASELINE'
			: r.point === 'END'
				? 'END'
				: (sessionNumber.get(r.sessionId ?? '') ?? 'END');

	// Plain measures: the latest score per slot.
	const byMeasure = new Map<string, { info: MeasureInfo; points: Map<ProgressSlot, number> }>();
	for (const r of responses) {
		if (r.goalId) continue;
		const entry = byMeasure.get(r.measureId) ?? { info: measures[r.measureId], points: new Map() };
		entry.points.set(slotOf(r), r.score);
		byMeasure.set(r.measureId, entry);
	}
	const series = [...byMeasure.entries()].map(([measureId, { info, points }]) => {
		const ordered = orderSlots([...points.keys()]).map((slot) => ({ slot, score: points.get(slot)! }));
		const baseline = points.get('BASELINE') ?? null;
		const later = ordered.filter((p) => p.slot !== 'BASELINE');
		const latest = later.length > 0 ? later[later.length - 1].score : null;
		const canClassify = baseline !== null && info.sd !== null && info.reliability !== null;
		const itemCount = Array.isArray(info.items) ? Math.max(1, info.items.length) : 1;
		return {
			measureId,
			key: info.key,
			kind: info.kind,
			nameZh: info.nameZh,
			nameEn: info.nameEn,
			higherIsBetter: info.higherIsBetter,
			min: info.kind === 'LONELINESS' ? 3 : info.itemMin * itemCount,
			max: info.kind === 'LONELINESS' ? 9 : info.itemMax * itemCount,
			points: ordered,
			baseline,
			latest,
			band: canClassify ? reliableChangeBand(baseline, info.sd!, info.reliability!) : null,
			change:
				canClassify && latest !== null
					? reliableChange(baseline, latest, info.sd!, info.reliability!, info.higherIsBetter).classification
					: null
		};
	});

	// GAS: the T-score at each slot over the goals scored there.
	const gasLevels = new Map<ProgressSlot, Map<string, number>>();
	for (const r of responses) {
		if (!r.goalId) continue;
		const slot = slotOf(r);
		const levels = gasLevels.get(slot) ?? new Map<string, number>();
		levels.set(r.goalId, r.score);
		gasLevels.set(slot, levels);
	}
	const weightOf = new Map(goals.map((g) => [g.id, g.weight]));
	const gasPoints = orderSlots([...gasLevels.keys()]).map((slot) => ({
		slot,
		score: gasTScore(
			[...gasLevels.get(slot)!.entries()]
				.filter(([goalId]) => weightOf.has(goalId))
				.map(([goalId, score]) => ({ weight: weightOf.get(goalId)!, score })),
			GAS_RHO
		)
	}));
	const lastSlot = gasPoints.at(-1)?.slot;

	const doneSessions = sessions.filter((s) => s.status === 'DONE');
	const statuses = doneSessions.map((s) => s.attendance).filter((s): s is AttendanceStatus => s !== null);

	const timeline = [
		...interactions.map((i) => ({
			type: 'INTERACTION' as const,
			id: i.id,
			session: sessionNumber.get(i.sessionId) ?? null,
			kind: i.kind,
			direction: i.fromMemberId === memberId ? ('OUT' as const) : ('IN' as const),
			other: i.fromMemberId === memberId ? i.toCode : i.fromCode,
			text: i.note
		})),
		...conflicts.map((c) => ({
			type: 'CONFLICT' as const,
			id: c.id,
			session: sessionNumber.get(c.sessionId) ?? null,
			kind: c.type,
			severity: c.severity,
			resolved: c.resolved,
			text: c.description
		})),
		...observations.map((o) => ({
			type: 'OBSERVATION' as const,
			id: o.id,
			session: sessionNumber.get(o.sessionId) ?? null,
			tags: o.tags,
			text: o.note
		}))
	].sort((a, b) => (a.session ?? 0) - (b.session ?? 0));

	return {
		group: { id: row.groupId, name: row.groupName },
		isLeader,
		member: {
			id: enrollment.id,
			code: enrollment.code,
			realName: isLeader ? enrollment.realName : null,
			joinedAt: jsonDate(enrollment.joinedAt),
			leftAt: jsonDate(enrollment.leftAt)
		},
		sessions: sessions.map(({ scheduledAt, ...s }) => ({ ...s, scheduledAt: jsonDate(scheduledAt) })),
		summary: {
			attendanceRate: attendanceRate(statuses),
			attendedSessions: statuses.filter((s) => s === 'PRESENT' || s === 'LATE' || s === 'LEFT_EARLY').length,
			doneSessions: doneSessions.length,
			missedInARow: currentAbsenceStreak(statuses),
			longestMissed: longestAbsenceStreak(statuses)
		},
		series,
		gas: {
			goals: goals.map((g) => ({
				...g,
				baseline: gasLevels.get('BASELINE')?.get(g.id) ?? null,
				latest: lastSlot && lastSlot !== 'BASELINE' ? (gasLevels.get(lastSlot)?.get(g.id) ?? null) : null
			})),
			points: gasPoints
		},
		timeline
	};
}

function orderSlots(slots: ProgressSlot[]): ProgressSlot[] {
	const rank = (s: ProgressSlot) => (s === 'BASELINE' ? -1 : s === 'END' ? Number.MAX_SAFE_INTEGER : s);
	return [...slots].sort((a, b) => rank(a) - rank(b));
}

export type MemberProgress = Awaited<ReturnType<typeof getMemberProgress>>;
