import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { AbsenceReason, AttendanceStatus } from '../../db/generated/enums';
import { groupAccessSql, type GroupAccessColumns } from '../access/require-group-access';
import type { AccessGate } from '../access/access-gate';
import type { AttendanceChange } from '../../schemas/attendance/mark-attendance.types';
import { realtime } from '../../realtime/bus';
import { attendanceChannel, type AttendanceNotice } from './attendance-channel';
import { sessionSignedOffSql } from '../access/record-lock';
import { conflict } from '../../errors';
import { RECORD_LOCKED } from '../../../domain/review';
import type { AuditAction, AuditEntity } from '../../../domain/audit';
import { absenceDetails } from '../../../domain/attendance';

/** Prisma stores DateTime as UTC in `timestamp` columns, whatever the connection's time zone. */
const utcNow = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/** Why one change was refused: a message key the run screen shows with the member's code. */
export const MEMBER_NOT_IN_GROUP = 'sessionRun.memberNotInGroup';

interface MarkRow {
	/** The session's record is signed off: nothing was written. */
	locked: boolean;
	/** Changes for members who are not (or no longer) active members of the group: not written. */
	refused: { key: string; memberId: string }[] | null;
	applied: string[] | null;
	attendance: (SavedMark & { updatedAt: string })[] | null;
}

interface SavedMark {
	memberId: string;
	status: AttendanceStatus;
	minutesLate: number | null;
	absenceReason: AbsenceReason | null;
	note: string | null;
}

/**
 * Applies attendance changes exactly once each, in one statement (the run screen saves a whole class at a time).
 * Every change carries a client-made key; the key is stored by the same statement as the attendance row, and a key
 * already stored (a replay after a lost answer, or the same change sent twice at once) changes nothing. Two sends
 * of one key at the same time: the second insert waits on the first's unique key and then skips. Within one call,
 * the last change of a member wins, as if they were applied in order. A change for a member who is not (or no
 * longer) in the group is refused on its own (its key is not stored): the other changes of the call are applied,
 * so one bad change cannot drop a whole class taken offline. An absence keeps its reason and note; any other mark
 * clears them (`absenceDetails`). Applied changes are announced on the session's attendance channel.
 * Two statements in one transaction: the first checks access (`gate`) and takes the share lock on the session row
 * that the lock rule of signed-off records needs; the second checks that rule (`sessionSignedOffSql`) and writes.
 */
export async function markAttendance(
	prisma: PrismaClient,
	gate: AccessGate,
	sessionId: string,
	changes: AttendanceChange[]
) {
	const { viewer } = gate;
	const accessSql = groupAccessSql(viewer, gate.mode);
	// Keys are stored per organization: the viewer's, which is the session's once access is decided.
	const input = JSON.stringify(
		changes.map((change, ord) => ({
			ord,
			key: change.key,
			stored: `${viewer.organizationId}:attendance:${change.key}`,
			memberId: change.memberId,
			status: change.status,
			minutesLate: change.status === 'LATE' ? (change.minutesLate ?? null) : null,
			...absenceDetails(change.status, change.absenceReason, change.note)
		}))
	);
	const { access, row } = await prisma.$transaction(async (tx) => {
		const [found] = await tx.$queryRaw<GroupAccessColumns[]>`
			SELECT ${accessSql.columns}
			FROM "Session" s JOIN ${accessSql.from} ON g.id = s."groupId"
			WHERE s.id = ${sessionId} AND ${accessSql.where}
			FOR KEY SHARE OF s`;
		const access = { ...gate.decide(found), sessionId };
		const [row] = await tx.$queryRaw<MarkRow[]>`
		WITH locked AS (SELECT ${sessionSignedOffSql(sessionId)} AS locked),
		input AS (
			SELECT * FROM jsonb_to_recordset(${input}::jsonb)
				AS t(ord int, key text, stored text, "memberId" text, status text, "minutesLate" int,
					"absenceReason" text, note text)),
		enrolled AS (
			SELECT e."memberId" FROM "Enrollment" e
			WHERE e."groupId" = ${access.groupId} AND e."leftAt" IS NULL
				AND e."memberId" IN (SELECT "memberId" FROM input)),
		accepted AS (
			SELECT * FROM input WHERE "memberId" IN (SELECT "memberId" FROM enrolled)
				AND NOT (SELECT locked FROM locked)),
		fresh AS (
			INSERT INTO "IdempotencyKey" ("key", "organizationId", "createdAt")
			SELECT stored, ${access.organizationId}, ${utcNow} FROM accepted
			ON CONFLICT ("key") DO NOTHING
			RETURNING "key"),
		latest AS (
			SELECT DISTINCT ON (i."memberId") i.* FROM accepted i JOIN fresh f ON f."key" = i.stored
			ORDER BY i."memberId", i.ord DESC),
		written AS (
			INSERT INTO "Attendance"
				("id", "organizationId", "sessionId", "memberId", "status", "minutesLate", "absenceReason", "note",
					"recordedById", "updatedAt")
			SELECT gen_random_uuid()::text, ${access.organizationId}, ${access.sessionId}, l."memberId",
				l.status::"AttendanceStatus", l."minutesLate", l."absenceReason"::"AbsenceReason", l.note,
				${viewer.userId}, ${utcNow}
			FROM latest l
			ON CONFLICT ("sessionId", "memberId") DO UPDATE SET "status" = EXCLUDED."status",
				"minutesLate" = EXCLUDED."minutesLate", "absenceReason" = EXCLUDED."absenceReason",
				"note" = EXCLUDED."note", "recordedById" = EXCLUDED."recordedById", "updatedAt" = EXCLUDED."updatedAt"
			RETURNING "memberId", "status", "minutesLate", "absenceReason", "note", "updatedAt"),
		-- One audit row per member whose mark changed, in the same statement as the marks.
		audit AS (
			INSERT INTO "AuditLog" (id, "organizationId", "userId", "actorName", action, entity, "entityId", "groupId",
				"memberId", "createdAt")
			SELECT gen_random_uuid()::text, ${access.organizationId}, ${viewer.userId}, ${viewer.name},
				${'UPDATE' satisfies AuditAction}, ${'Attendance' satisfies AuditEntity}, ${access.sessionId},
				${access.groupId}, l."memberId", ${utcNow}
			FROM latest l
			RETURNING 1),
		after AS (
			SELECT "memberId", "status", "minutesLate", "absenceReason", "note", "updatedAt" FROM written
			UNION ALL
			SELECT a."memberId", a."status", a."minutesLate", a."absenceReason", a."note", a."updatedAt"
			FROM "Attendance" a
			WHERE a."sessionId" = ${access.sessionId} AND a."memberId" NOT IN (SELECT "memberId" FROM written))
		SELECT (SELECT locked FROM locked) AS locked,
			(SELECT json_agg(json_build_object('key', i.key, 'memberId', i."memberId") ORDER BY i.ord)
				FROM input i WHERE i."memberId" NOT IN (SELECT "memberId" FROM enrolled)) AS refused,
			(SELECT json_agg(i.key ORDER BY i.ord) FROM accepted i JOIN fresh f ON f."key" = i.stored) AS applied,
			(SELECT json_agg(json_build_object('memberId', "memberId", 'status', "status",
				'minutesLate', "minutesLate", 'absenceReason', "absenceReason", 'note', "note",
				'updatedAt', "updatedAt" AT TIME ZONE 'UTC')) FROM after) AS attendance`;
		if (row.locked) throw conflict(RECORD_LOCKED);
		return { access, row };
	});
	const applied = row.applied ?? [];
	// Other devices on this session's run screen (a co-leader's tablet) refresh their attendance. This process's
	// subscribers hear it at once; the answer does not wait for the NOTIFY to other instances (the marks are
	// committed, a notice only makes them fetch), and a failed NOTIFY is logged, not turned into a failed save.
	if (applied.length > 0) {
		const bus = await realtime();
		bus
			.publish(attendanceChannel(access.sessionId), {
				sessionId: access.sessionId,
				byUserId: viewer.userId,
				key: applied[0]
			} satisfies AttendanceNotice)
			.catch((error: Error) => console.error('attendance notice not published:', error.message));
	}
	return {
		applied,
		refused: (row.refused ?? []).map((r) => ({ ...r, reason: MEMBER_NOT_IN_GROUP })),
		attendance: (row.attendance ?? []).map((a) => ({ ...a, updatedAt: new Date(a.updatedAt) }))
	};
}
