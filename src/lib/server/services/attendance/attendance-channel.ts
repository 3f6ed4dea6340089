/** The realtime channel on which a session announces attendance changes: `{ sessionId, byUserId }`. */
export const attendanceChannel = (sessionId: string) => `attendance:${sessionId}`;

export interface AttendanceNotice {
	sessionId: string;
	/** Who saved; the rows themselves are fetched with `attendance.list` (NOTIFY payloads are small). */
	byUserId: string;
}
