/**
 * 过程记录: what one session's process record holds, as the reader may see it. Built by the session-record service
 * and shown by the print page and the Word document alike (through `sessionRecordSections` in i18n).
 */
import type { DebriefSections } from './debrief';
import type {
	AbsenceReason,
	AttendanceStatus,
	ConflictType,
	InteractionKind,
	LeaderRole,
	PlanItemKind,
	SessionStatus,
	Stage
} from './vocabularies';
import type { AttachmentKind } from './attachments';
import type { ReviewTrail } from './review';

/** A member as the reader may see them: the code always, the real name only for those who may see it. */
export interface RecordMember {
	code: string;
	realName: string | null;
}

/** How a member is named in the record: the name with the code where the reader may see names, else the code. */
export function memberLabel(member: RecordMember | null, wholeGroup: string, english = false): string {
	if (!member) return wholeGroup;
	if (!member.realName) return member.code;
	return english ? `${member.realName} (${member.code})` : `${member.realName}（${member.code}）`;
}

/** One line of the attendance table. A new field of Attendance is added here, in `attendanceRow`, and as a column. */
export interface RecordAttendanceRow {
	member: RecordMember;
	/** null: not recorded for this session. */
	status: AttendanceStatus | null;
	minutesLate: number | null;
	/** Why a member was absent or excused, when recorded. */
	absenceReason: AbsenceReason | null;
	note: string;
}

/** A session photo (the signed 签到表 or an activity photo), without its bytes: the documents fetch those. */
export interface RecordPhoto {
	id: string;
	kind: AttachmentKind;
	caption: string;
	/** Codes of the members tagged on it (codes only: a photo's tags never carry names). */
	memberCodes: string[];
	width: number | null;
	height: number | null;
}

export interface RecordPlanItem {
	kind: PlanItemKind;
	title: string;
	minutes: number;
	notes: string;
	startClock: string;
	endClock: string;
}

export interface RecordInteraction {
	from: RecordMember;
	/** null: to the whole group. */
	to: RecordMember | null;
	kind: InteractionKind;
	note: string;
	createdAt: Date;
}

export interface RecordConflict {
	type: ConflictType;
	severity: number;
	members: RecordMember[];
	description: string;
	handling: string;
	resolved: boolean;
	/** A date-only value. */
	followUpAt: Date | null;
	createdAt: Date;
}

export interface RecordObservation {
	/** null: about the whole group. */
	member: RecordMember | null;
	note: string;
	tags: string[];
	createdAt: Date;
}

export interface SessionRecord {
	organizationName: string;
	timeZone: string;
	group: { id: string; name: string };
	session: {
		id: string;
		number: number;
		title: string;
		goals: string;
		stage: Stage;
		status: SessionStatus;
		scheduledAt: Date;
		plannedMinutes: number;
	};
	leaders: { name: string; role: LeaderRole }[];
	plan: { items: RecordPlanItem[]; totalMinutes: number };
	attendance: RecordAttendanceRow[];
	interactions: RecordInteraction[];
	conflicts: RecordConflict[];
	observations: RecordObservation[];
	/** null: no debrief written yet. */
	debrief: DebriefSections | null;
	photos: RecordPhoto[];
	/** The supervisor's sign-off and the addenda written since. */
	review: ReviewTrail;
}
