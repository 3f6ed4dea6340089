import { reviewTrail } from '../reviews/review-trail';
import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { Locale } from '../../../i18n/types';
import type { GroupAccess } from '../access/require-group-access';
import { seesIdentity } from '../access/identity';
import { notFound } from '../../errors';
import { planTiming } from '../../../domain/plan';
import { localClock } from '../../../domain/dates';
import { DEBRIEF_SECTIONS, type DebriefSections } from '../../../domain/debrief';
import type { RecordAttendanceRow, RecordMember, SessionRecord } from '../../../domain/session-record';
import { auditNoteReads } from '../sessions/audit-note-reads';
import { recordRead } from '../audit/record-audit';

/** Access to the session, and the group the reader reached it through (another group's session is not found). */
export type SessionRecordAccess = GroupAccess & { sessionId: string; expectedGroupId: string };

const memberSelect = { select: { id: true, code: true } } as const;

/**
 * One attendance row of the record. A field added to Attendance is selected in `attendanceSelect` and mapped
 * here (the documents show it through one more column in `attendanceColumns`).
 */
const attendanceSelect = {
	memberId: true,
	status: true,
	minutesLate: true,
	absenceReason: true,
	note: true
} as const;
function attendanceRow(
	member: RecordMember,
	row:
		| {
				status: RecordAttendanceRow['status'];
				minutesLate: number | null;
				absenceReason: RecordAttendanceRow['absenceReason'];
				note: string | null;
		  }
		| undefined
): RecordAttendanceRow {
	return {
		member,
		status: row?.status ?? null,
		minutesLate: row?.minutesLate ?? null,
		absenceReason: row?.absenceReason ?? null,
		note: row?.note ?? ''
	};
}

/**
 * A session's process record (过程记录): the session and its leaders, the plan as run with clock times, attendance,
 * the interaction, conflict and observation notes, and the debrief. Members appear by code, with their real name
 * only for a leader of the group they are still enrolled in (`seesIdentity`). Reading it is audited, per member
 * whose notes it shows and once for the record.
 */
export async function getSessionRecord(
	prisma: PrismaClient,
	viewer: Viewer,
	access: SessionRecordAccess,
	locale: Locale
): Promise<SessionRecord> {
	if (access.expectedGroupId !== access.groupId) throw notFound();
	const where = { sessionId: access.sessionId, groupId: access.groupId };
	const [session, enrollments, interactions, conflicts, observations, review] = await Promise.all([
		prisma.session.findFirst({
			where: { id: access.sessionId, groupId: access.groupId },
			select: {
				id: true,
				number: true,
				title: true,
				goals: true,
				stage: true,
				status: true,
				scheduledAt: true,
				plannedMinutes: true,
				group: {
					select: {
						id: true,
						name: true,
						organization: { select: { name: true, timeZone: true } },
						leaders: { orderBy: { role: 'asc' }, select: { role: true, user: { select: { name: true } } } }
					}
				},
				planItems: {
					orderBy: { position: 'asc' },
					select: {
						kind: true,
						title: true,
						minutes: true,
						notes: true,
						activity: { select: { titleZh: true, titleEn: true } }
					}
				},
				attendance: { select: attendanceSelect },
				// The photos' descriptions only: the print page shows each through its audited route, the Word
				// document reads the bytes when it is built.
				attachments: {
					orderBy: [{ kind: 'asc' }, { createdAt: 'asc' }],
					select: {
						id: true,
						kind: true,
						caption: true,
						width: true,
						height: true,
						members: { select: { member: { select: { code: true } } }, orderBy: { member: { code: 'asc' } } }
					}
				},
				debrief: { select: { id: true, sections: true } }
			}
		}),
		prisma.enrollment.findMany({
			where: { groupId: access.groupId },
			orderBy: { member: { code: 'asc' } },
			select: { leftAt: true, member: { select: { id: true, code: true, realName: true } } }
		}),
		prisma.interactionNote.findMany({
			where,
			orderBy: { createdAt: 'asc' },
			select: { kind: true, note: true, createdAt: true, fromMember: memberSelect, toMember: memberSelect }
		}),
		prisma.conflictLog.findMany({
			where,
			orderBy: { createdAt: 'asc' },
			select: {
				type: true,
				severity: true,
				description: true,
				handling: true,
				resolved: true,
				followUpAt: true,
				createdAt: true,
				members: { select: { member: memberSelect } }
			}
		}),
		prisma.observation.findMany({
			where,
			orderBy: { createdAt: 'asc' },
			select: { note: true, tags: true, createdAt: true, member: memberSelect }
		}),
		reviewTrail(prisma, {
			organizationId: access.organizationId,
			groupId: access.groupId,
			sessionId: access.sessionId
		})
	]);
	if (!session) throw notFound();
	const { organization } = session.group;

	const byId = new Map<string, RecordMember>(
		enrollments.map((e) => [
			e.member.id,
			{ code: e.member.code, realName: seesIdentity(access.isLeader, e) ? e.member.realName : null }
		])
	);
	const member = (m: { id: string; code: string }): RecordMember =>
		byId.get(m.id) ?? { code: m.code, realName: null };

	// Everyone marked for this session, and everyone enrolled now who was not marked (shown as not recorded).
	const marks = new Map(session.attendance.map((a) => [a.memberId, a]));
	const attendance = enrollments
		.filter((e) => marks.has(e.member.id) || e.leftAt === null)
		.map((e) => attendanceRow(member(e.member), marks.get(e.member.id)));

	const timing = planTiming(
		session.planItems,
		localClock(session.scheduledAt, organization.timeZone),
		session.plannedMinutes
	);

	await Promise.all([
		auditNoteReads(prisma, viewer, {
			entity: 'SessionRecord',
			groupId: access.groupId,
			memberIds: [
				...interactions.flatMap((n) => [n.fromMember.id, n.toMember?.id]),
				...conflicts.flatMap((c) => c.members.map((m) => m.member.id)),
				...observations.map((o) => o.member?.id)
			]
		}),
		recordRead(prisma, viewer, { entity: 'SessionRecord', entityId: session.id, groupId: access.groupId })
	]);

	return {
		organizationName: organization.name,
		timeZone: organization.timeZone,
		group: { id: session.group.id, name: session.group.name },
		session: {
			id: session.id,
			number: session.number,
			title: session.title,
			goals: session.goals,
			stage: session.stage,
			status: session.status,
			scheduledAt: session.scheduledAt,
			plannedMinutes: session.plannedMinutes
		},
		leaders: session.group.leaders.map((l) => ({ name: l.user.name, role: l.role })),
		plan: {
			totalMinutes: timing.totalMinutes,
			items: session.planItems.map((item, i) => ({
				kind: item.kind,
				title:
					item.title ||
					(item.activity ? (locale === 'en' ? item.activity.titleEn : item.activity.titleZh) : ''),
				minutes: item.minutes,
				notes: item.notes,
				startClock: timing.rows[i].startClock,
				endClock: timing.rows[i].endClock
			}))
		},
		attendance,
		interactions: interactions.map((n) => ({
			from: member(n.fromMember),
			to: n.toMember ? member(n.toMember) : null,
			kind: n.kind,
			note: n.note,
			createdAt: n.createdAt
		})),
		conflicts: conflicts.map((c) => ({
			type: c.type,
			severity: c.severity,
			members: c.members.map((m) => member(m.member)),
			description: c.description,
			handling: c.handling,
			resolved: c.resolved,
			followUpAt: c.followUpAt,
			createdAt: c.createdAt
		})),
		observations: observations.map((o) => ({
			member: o.member ? member(o.member) : null,
			note: o.note,
			tags: o.tags,
			createdAt: o.createdAt
		})),
		debrief: session.debrief ? debriefText(session.debrief.sections) : null,
		review,
		photos: session.attachments.map(({ members, ...photo }) => ({
			...photo,
			memberCodes: members.map((m) => m.member.code)
		}))
	};
}

/** The debrief's plain-text snapshot, each section present even if the stored JSON lacks it. */
function debriefText(stored: unknown): DebriefSections {
	const sections = (stored ?? {}) as Partial<Record<string, unknown>>;
	return Object.fromEntries(
		DEBRIEF_SECTIONS.map((s) => [s, typeof sections[s] === 'string' ? sections[s] : ''])
	) as DebriefSections;
}
