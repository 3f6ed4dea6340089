import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from './outcomes';
import {
	attendanceRate,
	attendanceSummary,
	currentAbsenceStreak,
	longestAbsenceStreak,
	sqlStatusList,
	absenceDetails,
	absenceReasonBreakdown,
	absenceReasonBreakdownOf,
	takesAbsenceReason,
	ATTENDED_STATUSES,
	MISSED_STATUSES
} from './attendance';
import { ABSENCE_REASONS, ATTENDANCE_STATUSES } from './vocabularies';

const s = (codes: string): (AttendanceStatus | null)[] =>
	[...codes].map((c) =>
		c === '-'
			? null
			: ({ P: 'PRESENT', L: 'LATE', F: 'LEFT_EARLY', A: 'ABSENT', E: 'EXCUSED' } as const)[
					c as 'P' | 'L' | 'F' | 'A' | 'E'
				]
	);

describe('attendanceRate', () => {
	it('counts present, late and left early as attended and leaves excused and unrecorded out', () => {
		expect(attendanceRate(s('PLFAE-'))).toBe(0.75);
	});
	it('handles the extremes', () => {
		expect(attendanceRate(s('PP'))).toBe(1);
		expect(attendanceRate(s('AE'))).toBe(0);
		expect(attendanceRate(s('PEE'))).toBe(1);
	});
	it('is null when there is nothing to count', () => {
		expect(attendanceRate([])).toBeNull();
		expect(attendanceRate(s('EE-'))).toBeNull();
	});
});

describe('absence streaks', () => {
	it.each([
		['', 0, 0],
		['PPP', 0, 0],
		['PAAEPA', 2, 1],
		['AEA', 2, 2],
		['AE', 1, 1],
		['AAPL', 2, 0],
		['PFAAAAPAA', 4, 2],
		['E', 0, 0],
		['PE', 0, 0],
		['A-A', 2, 2]
	])(
		'%s → longest %i, current %i (excused and unrecorded neither break nor extend a run)',
		(codes, longest, current) => {
			expect(longestAbsenceStreak(s(codes))).toBe(longest);
			expect(currentAbsenceStreak(s(codes))).toBe(current);
		}
	);
});

describe('attendanceSummary', () => {
	it('shows a rate that its own counts explain (one present, one excused)', () => {
		expect(attendanceSummary(s('PE'))).toEqual({
			attended: 1,
			absent: 0,
			excused: 1,
			unrecorded: 0,
			counted: 1,
			rate: 1,
			missedInARow: 0,
			longestMissed: 0
		});
	});
});

describe('sqlStatusList', () => {
	it('writes the attended statuses as an SQL list', () => {
		expect(sqlStatusList(ATTENDED_STATUSES)).toBe("'PRESENT', 'LATE', 'LEFT_EARLY'");
		expect(() => sqlStatusList(["x'; DROP" as AttendanceStatus])).toThrow(RangeError);
	});
});

describe('absence reasons', () => {
	it('are taken by 缺席 and 请假 only', () => {
		expect(ATTENDANCE_STATUSES.filter(takesAbsenceReason)).toEqual(['ABSENT', 'EXCUSED']);
		expect([...MISSED_STATUSES]).toEqual(['ABSENT', 'EXCUSED']);
	});

	it('keeps the reason and a trimmed note with an absence, and drops both with attendance', () => {
		expect(absenceDetails('ABSENT', 'ILL', '  发烧 ')).toEqual({ absenceReason: 'ILL', note: '发烧' });
		expect(absenceDetails('EXCUSED', null, '   ')).toEqual({ absenceReason: null, note: null });
		expect(absenceDetails('EXCUSED', undefined, undefined)).toEqual({ absenceReason: null, note: null });
		for (const status of ['PRESENT', 'LATE', 'LEFT_EARLY'] as const)
			expect(absenceDetails(status, 'TRANSPORT', 'note')).toEqual({ absenceReason: null, note: null });
	});

	it('breaks absences and leaves down by reason, in the vocabulary order, unrecorded last', () => {
		const b = absenceReasonBreakdown([
			{ status: 'ABSENT', absenceReason: 'ILL' },
			{ status: 'ABSENT', absenceReason: 'ILL' },
			{ status: 'EXCUSED', absenceReason: 'ILL' },
			{ status: 'EXCUSED', absenceReason: 'FAMILY' },
			{ status: 'ABSENT', absenceReason: null },
			{ status: 'PRESENT', absenceReason: null },
			{ status: 'LATE', absenceReason: null }
		]);
		expect(b.lines.map((l) => l.reason)).toEqual([...ABSENCE_REASONS, null]);
		expect(b.lines[0]).toEqual({ reason: 'ILL', absent: 2, excused: 1 });
		expect(b.lines[1]).toEqual({ reason: 'FAMILY', absent: 0, excused: 1 });
		expect(b.lines[5]).toEqual({ reason: null, absent: 1, excused: 0 });
		expect([b.absent, b.excused]).toEqual([3, 2]);
	});

	it('gives the same breakdown from grouped counts as from the marks', () => {
		const marks = [
			{ status: 'ABSENT' as const, absenceReason: 'TRANSPORT' as const },
			{ status: 'ABSENT' as const, absenceReason: 'TRANSPORT' as const },
			{ status: 'EXCUSED' as const, absenceReason: 'NOT_STATED' as const }
		];
		expect(
			absenceReasonBreakdownOf([
				{ status: 'ABSENT', reason: 'TRANSPORT', n: 2 },
				{ status: 'EXCUSED', reason: 'NOT_STATED', n: 1 },
				{ status: 'PRESENT', reason: null, n: 7 }
			])
		).toEqual(absenceReasonBreakdown(marks));
	});

	it('refuses a reason outside the vocabulary', () => {
		expect(() => absenceReasonBreakdownOf([{ status: 'ABSENT', reason: 'BORED' as never, n: 1 }])).toThrow(
			RangeError
		);
	});
});
