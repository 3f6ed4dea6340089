import type { AuditAction, AuditEntity } from '../../../domain/audit';
import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaClient } from '../../db/generated/client';
import type {
	AbsenceReason,
	ResponseSource,
	ConflictType,
	InteractionKind,
	MeasureKind,
	MeasurePoint,
	SessionStatus
} from '../../db/generated/enums';
import { jsonDate } from '../../db/json-dates';
import { groupAccessSql, type GroupAccessColumns } from '../access/require-group-access';
import { seesIdentity } from '../access/identity';
import type { AccessGate } from '../access/access-gate';
import { notFound } from '../../errors';
import { measuresWithNorms } from '../measures/effective-norms';
import { gasTScore, reliableChangeBand, type AttendanceStatus } from '../../../domain/outcomes';
import { attendanceSummary, takesAbsenceReason } from '../../../domain/attendance';
import {
	canClassify,
	classifyChange,
	clinicalSignificance,
	followUpOrder,
	gasChange,
	GAS_RHO,
	pickBaseline,
	pickFollowUp,
	type TimedResponse
} from '../../../domain/change';

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
	functionalMean: number | null;
	functionalSd: number | null;
	clinicalMean: number | null;
	clinicalSd: number | null;
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
		absenceReason: AbsenceReason | null;
		absenceNote: string | null;
	}[];
	responses: {
		id: string;
		measureId: string;
		goalId: string | null;
		point: MeasurePoint;
		sessionId: string | null;
		takenAt: string;
		createdAt: string;
		score: number;
		/** staff, or the member themselves (member mode, one-time link) */
		source: ResponseSource;
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
			-- createdAt in UTC as Prisma stores it (the column's default would take the server's time zone).
			INSERT INTO "AuditLog" (id, "organizationId", "userId", "actorName", action, entity, "groupId", "memberId",
				"createdAt")
			SELECT ${randomUUID()}, ${viewer.organizationId}, ${viewer.userId}, ${viewer.name}, ${'READ' satisfies AuditAction},
				${'MemberProgress' satisfies AuditEntity}, ${groupId}, ${memberId}, (now() AT TIME ZONE 'UTC')
			FROM a WHERE ${found}
		)
		SELECT a."groupId", a."organizationId", a.status, a."leaderRole", a."groupName", a.enrollment,
			(SELECT COALESCE(json_agg(json_build_object('id', s.id, 'number', s.number, 'scheduledAt', s."scheduledAt",
				'status', s.status, 'attendance', t.status, 'absenceReason', t."absenceReason", 'absenceNote', t.note)
				ORDER BY s.number), '[]')
				FROM "Session" s LEFT JOIN "Attendance" t ON t."sessionId" = s.id AND t."memberId" = ${memberId}
				WHERE s."groupId" = ${groupId} AND ${found}) AS sessions,
			(SELECT COALESCE(json_agg(json_build_object('id', r.id, 'measureId', r."measureId", 'goalId', r."goalId",
				'point', r.point, 'sessionId', r."sessionId", 'takenAt', r."takenAt", 'createdAt', r."createdAt",
				'score', r.score, 'source', r.source)), '[]')
				FROM "MeasureResponse" r WHERE r."groupId" = ${groupId} AND r."memberId" = ${memberId} AND ${found})
				AS responses,
			(SELECT COALESCE(json_object_agg(ms.id, json_build_object('key', ms.key, 'kind', ms.kind,
				'nameZh', ms."nameZh", 'nameEn', ms."nameEn", 'itemMin', ms."itemMin", 'itemMax', ms."itemMax",
				'items', ms.items, 'higherIsBetter', ms."higherIsBetter", 'reliability', ms.reliability, 'sd', ms.sd,
				'functionalMean', ms."functionalMean", 'functionalSd', ms."functionalSd", 'clinicalMean', ms."clinicalMean",
				'clinicalSd', ms."clinicalSd")), '{}')
				FROM ${measuresWithNorms(viewer.organizationId)} ms
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
	const timed = responses.map((r) => ({
		...r,
		sessionNumber: r.point === 'SESSION' ? (sessionNumber.get(r.sessionId ?? '') ?? null) : null,
		takenAt: jsonDate(r.takenAt),
		createdAt: jsonDate(r.createdAt)
	}));

	// Plain measures: one point per slot, baseline and follow-up by the domain's rule.
	const byMeasure = new Map<string, (typeof timed)[number][]>();
	for (const r of timed)
		if (!r.goalId) byMeasure.set(r.measureId, [...(byMeasure.get(r.measureId) ?? []), r]);
	const series = [...byMeasure.entries()].map(([measureId, rows]) => {
		const info = measures[measureId];
		const baseline = pickBaseline(rows)?.score ?? null;
		const latest = pickFollowUp(rows)?.score ?? null;
		const classifiable = baseline !== null && canClassify(info);
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
			points: slotPoints(rows).map(([slot, r]) => ({ slot, score: r.score, source: r.source })),
			baseline,
			latest,
			band: classifiable ? reliableChangeBand(baseline, info.sd!, info.reliability!) : null,
			change: classifiable && latest !== null ? classifyChange(baseline, latest, info) : null,
			clinical: baseline !== null && latest !== null ? clinicalSignificance(baseline, latest, info) : null
		};
	});

	// GAS over the goals set at baseline: the T-score at each slot where all of them were scored.
	const goalRows = new Map(goals.map((g) => [g.id, timed.filter((r) => r.goalId === g.id)]));
	const gasResult = gasChange(goals.map((g) => ({ weight: g.weight, responses: goalRows.get(g.id)! })));
	const baselineGoals = goals.filter((g) => pickBaseline(goalRows.get(g.id)!) !== null);
	const perSlot = new Map<ProgressSlot, Map<string, number>>();
	for (const g of baselineGoals)
		for (const [slot, r] of slotPoints(goalRows.get(g.id)!)) {
			const levels = perSlot.get(slot) ?? new Map<string, number>();
			perSlot.set(slot, levels.set(g.id, r.score));
		}
	const gasPoints = orderSlots([...perSlot.keys()])
		.filter((slot) => perSlot.get(slot)!.size === baselineGoals.length)
		.map((slot) => ({
			slot,
			score: gasTScore(
				baselineGoals.map((g) => ({ weight: g.weight, score: perSlot.get(slot)!.get(g.id)! })),
				GAS_RHO
			)
		}));

	const held = sessions.filter((s) => s.status === 'DONE');
	const statuses = held.map((s) => s.attendance);
	// The held sessions the member missed, with the reason and note given (the same sessions as the summary).
	const absences = held.flatMap((s) =>
		s.attendance && takesAbsenceReason(s.attendance)
			? [{ number: s.number, status: s.attendance, reason: s.absenceReason, note: s.absenceNote }]
			: []
	);

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
			realName: seesIdentity(isLeader, enrollment) ? enrollment.realName : null,
			joinedAt: jsonDate(enrollment.joinedAt),
			leftAt: jsonDate(enrollment.leftAt)
		},
		sessions: sessions.map(({ scheduledAt, absenceReason: _r, absenceNote: _n, ...s }) => ({
			...s,
			scheduledAt: jsonDate(scheduledAt)
		})),
		summary: attendanceSummary(statuses),
		absences,
		series,
		gas: {
			goals: goals.map((g) => ({
				...g,
				baseline: pickBaseline(goalRows.get(g.id)!)?.score ?? null,
				latest: pickFollowUp(goalRows.get(g.id)!)?.score ?? null
			})),
			baselineT: gasResult?.baseline ?? null,
			followUpT: gasResult?.followUp ?? null,
			points: gasPoints
		},
		timeline
	};
}

/**
 * One response per slot for a chart: at BASELINE the baseline (`pickBaseline`), at a session or the end the one
 * that would be the follow-up among that slot's responses (`followUpOrder`).
 */
function slotPoints<T extends TimedResponse>(rows: T[]): [ProgressSlot, T][] {
	const bySlot = new Map<ProgressSlot, T[]>();
	for (const r of rows) {
		// A session response whose session was deleted has no place on the axis (it still ranks for the follow-up).
		if (r.point === 'SESSION' && r.sessionNumber === null) continue;
		const slot: ProgressSlot = r.point === 'SESSION' ? r.sessionNumber! : r.point;
		bySlot.set(slot, [...(bySlot.get(slot) ?? []), r]);
	}
	return orderSlots([...bySlot.keys()]).map((slot) => {
		const list = bySlot.get(slot)!;
		return [slot, slot === 'BASELINE' ? pickBaseline(list)! : [...list].sort(followUpOrder).at(-1)!];
	});
}

function orderSlots(slots: ProgressSlot[]): ProgressSlot[] {
	const rank = (s: ProgressSlot) => (s === 'BASELINE' ? -1 : s === 'END' ? Number.MAX_SAFE_INTEGER : s);
	return [...slots].sort((a, b) => rank(a) - rank(b));
}

export type MemberProgress = Awaited<ReturnType<typeof getMemberProgress>>;
