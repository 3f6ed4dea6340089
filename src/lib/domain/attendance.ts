/**
 * What an attendance status means for the figures: one definition for the member's rate and streaks, the group's
 * rate, the supervisor's comparison, the service statistics, the closing report and the exports. SQL that counts
 * attendance takes its status lists from here (`ATTENDED_STATUSES`, `ABSENT_STATUSES`), never spells them again.
 */
import type { AttendanceStatus } from './outcomes';
import { ABSENCE_REASONS, type AbsenceReason } from './vocabularies';

/** Was there: late arrivals and early leavers took part in the session. */
export const ATTENDED_STATUSES = [
	'PRESENT',
	'LATE',
	'LEFT_EARLY'
] as const satisfies readonly AttendanceStatus[];
/** Missed without leave: counts against the rate and extends an absence streak. */
export const ABSENT_STATUSES = ['ABSENT'] as const satisfies readonly AttendanceStatus[];
/** Missed with leave (请假): outside the rate, and neither breaks nor extends an absence streak. */
export const EXCUSED_STATUSES = ['EXCUSED'] as const satisfies readonly AttendanceStatus[];

/** The statuses that take an absence reason and note: 缺席 and 请假. */
export const MISSED_STATUSES = [
	...ABSENT_STATUSES,
	...EXCUSED_STATUSES
] as const satisfies readonly AttendanceStatus[];

export type AttendanceClass = 'ATTENDED' | 'ABSENT' | 'EXCUSED';

export function attendanceClass(status: AttendanceStatus): AttendanceClass {
	if ((ATTENDED_STATUSES as readonly string[]).includes(status)) return 'ATTENDED';
	if ((ABSENT_STATUSES as readonly string[]).includes(status)) return 'ABSENT';
	return 'EXCUSED';
}

/**
 * Attendance rate = attended / (attended + absent), i.e. attended / (sessions held − excused − not recorded).
 *
 * Only sessions that were held (status DONE) count. An excused absence is left out of the denominator: the member
 * asked for leave, which the practice does not count as non-attendance. A held session without a record is
 * unknown, not absent, so it is left out too. Null when nothing is counted.
 */
export function attendanceRate(statuses: (AttendanceStatus | null)[]): number | null {
	const { attended, absent } = attendanceCounts(statuses);
	return rateOf(attended, absent);
}

/** The same rate from counts an SQL aggregate returned. */
export function rateOf(attended: number, absent: number): number | null {
	return attended + absent === 0 ? null : attended / (attended + absent);
}

export interface AttendanceCounts {
	attended: number;
	absent: number;
	excused: number;
	/** held sessions without a record */
	unrecorded: number;
	/** the rate's denominator: attended + absent */
	counted: number;
}

/** Counts by class over the held sessions' statuses (null = not recorded). */
export function attendanceCounts(statuses: (AttendanceStatus | null)[]): AttendanceCounts {
	const c = { attended: 0, absent: 0, excused: 0, unrecorded: 0, counted: 0 };
	for (const s of statuses) {
		if (s === null) c.unrecorded++;
		else if (attendanceClass(s) === 'ATTENDED') c.attended++;
		else if (attendanceClass(s) === 'ABSENT') c.absent++;
		else c.excused++;
	}
	c.counted = c.attended + c.absent;
	return c;
}

/**
 * The runs of absences, statuses in session order (null = not recorded). An absence extends the run, attending
 * ends it; an excused absence or a missing record is skipped, as if that session were not on the list (leave was
 * asked for, or nothing is known), so "absent, excused, absent" is a run of two.
 */
function absenceRuns(statuses: (AttendanceStatus | null)[]): { longest: number; current: number } {
	let longest = 0;
	let run = 0;
	for (const s of statuses) {
		if (s === null) continue;
		const kind = attendanceClass(s);
		if (kind === 'EXCUSED') continue;
		run = kind === 'ABSENT' ? run + 1 : 0;
		longest = Math.max(longest, run);
	}
	return { longest, current: run };
}

/** Longest run of absences (see `absenceRuns` for what breaks a run). */
export function longestAbsenceStreak(statuses: (AttendanceStatus | null)[]): number {
	return absenceRuns(statuses).longest;
}

/** Absences in a row up to the latest held session (see `absenceRuns`). */
export function currentAbsenceStreak(statuses: (AttendanceStatus | null)[]): number {
	return absenceRuns(statuses).current;
}

/** A member's attendance over the held sessions, in session order: counts, rate and streaks. */
export function attendanceSummary(statuses: (AttendanceStatus | null)[]) {
	const counts = attendanceCounts(statuses);
	const { longest, current } = absenceRuns(statuses);
	return {
		...counts,
		rate: rateOf(counts.attended, counts.absent),
		missedInARow: current,
		longestMissed: longest
	};
}

/** An SQL list literal of statuses (`'PRESENT', 'LATE'`); the statuses are this module's constants. */
export function sqlStatusList(statuses: readonly AttendanceStatus[]): string {
	return statuses
		.map((s) => {
			if (!/^[A-Z_]+$/.test(s)) throw new RangeError(`not a status: ${s}`);
			return `'${s}'`;
		})
		.join(', ');
}

/** Does this status take an absence reason and note (缺席, 请假)? */
export function takesAbsenceReason(status: AttendanceStatus): boolean {
	return (MISSED_STATUSES as readonly string[]).includes(status);
}

/** The longest absence note kept, in characters. */
export const ABSENCE_NOTE_MAX = 500;

/**
 * The reason and note a mark keeps: an absence (缺席 or 请假) keeps them (a blank note is no note); a mark of
 * attendance keeps neither, so a member first marked absent and then present carries no stale reason.
 */
export function absenceDetails(
	status: AttendanceStatus,
	reason: AbsenceReason | null | undefined,
	note: string | null | undefined
): { absenceReason: AbsenceReason | null; note: string | null } {
	if (!takesAbsenceReason(status)) return { absenceReason: null, note: null };
	const text = note?.trim() ?? '';
	return { absenceReason: reason ?? null, note: text === '' ? null : text };
}

/** One line of the breakdown: a reason (null = none recorded) and how many absences and leaves gave it. */
export interface AbsenceReasonLine {
	reason: AbsenceReason | null;
	absent: number;
	excused: number;
}

export interface AbsenceReasonBreakdown {
	/** Every reason of the vocabulary in its order, then the absences without a recorded reason (reason null). */
	lines: AbsenceReasonLine[];
	absent: number;
	excused: number;
}

/** Marks counted by status and reason, as an SQL `GROUP BY status, "absenceReason"` returns them. */
export interface AbsenceReasonCount {
	status: AttendanceStatus;
	reason: AbsenceReason | null;
	n: number;
}

/**
 * Absences by reason (the statistics' and the closing report's breakdown): over the marks of held sessions, each
 * 缺席 (ABSENT) and 请假 (EXCUSED) counted under its reason, or under "no reason recorded"; attended marks are not
 * counted. The same sessions as the attendance rate (held ones); the caller passes only those.
 */
export function absenceReasonBreakdown(
	marks: { status: AttendanceStatus; absenceReason: AbsenceReason | null }[]
): AbsenceReasonBreakdown {
	return absenceReasonBreakdownOf(marks.map((m) => ({ status: m.status, reason: m.absenceReason, n: 1 })));
}

/** The same breakdown from counts an SQL aggregate returned (filtered by `MISSED_STATUSES` or not). */
export function absenceReasonBreakdownOf(counts: AbsenceReasonCount[]): AbsenceReasonBreakdown {
	const lines: AbsenceReasonLine[] = [...ABSENCE_REASONS, null].map((reason) => ({
		reason,
		absent: 0,
		excused: 0
	}));
	const out = { lines, absent: 0, excused: 0 };
	for (const { status, reason, n } of counts) {
		const kind = attendanceClass(status);
		if (kind === 'ATTENDED') continue;
		const line = lines.find((l) => l.reason === (reason ?? null));
		if (!line) throw new RangeError(`not an absence reason: ${reason}`);
		if (kind === 'ABSENT') {
			line.absent += n;
			out.absent += n;
		} else {
			line.excused += n;
			out.excused += n;
		}
	}
	return out;
}
