/** The realtime channel on which a session announces attendance changes: `{ sessionId, byUserId, key }`. */
export const attendanceChannel = (sessionId: string) => `attendance:${sessionId}`;

export interface AttendanceNotice {
	sessionId: string;
	/** Who saved; the rows themselves are fetched with `attendance.list` (NOTIFY payloads are small). */
	byUserId: string;
	/** The key of the first change applied: the device that sent it knows it and skips its own announcement. */
	key: string;
}
