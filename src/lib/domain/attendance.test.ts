import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from './outcomes';
import {
	attendanceRate,
	attendanceSummary,
	currentAbsenceStreak,
	longestAbsenceStreak,
	sqlStatusList,
	ATTENDED_STATUSES
} from './attendance';

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
