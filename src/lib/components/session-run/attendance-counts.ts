import type { AttendanceStatus } from '$lib/domain/vocabularies';

export type AttendanceCounts = Record<AttendanceStatus | 'UNMARKED', number>;

/** How many members are in each attendance state, and how many are not marked yet. */
export function attendanceCounts(
	memberIds: string[],
	current: Record<string, { status: AttendanceStatus } | undefined>
): AttendanceCounts {
	const counts: AttendanceCounts = {
		PRESENT: 0,
		LATE: 0,
		LEFT_EARLY: 0,
		ABSENT: 0,
		EXCUSED: 0,
		UNMARKED: 0
	};
	for (const id of memberIds) counts[current[id]?.status ?? 'UNMARKED']++;
	return counts;
}
