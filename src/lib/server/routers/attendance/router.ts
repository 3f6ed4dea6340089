import { router } from '../../trpc/init';
import { sessionReadProcedure, sessionWriteGatedProcedure } from '../../trpc/procedures';
import { liveSessionEvents } from '../../realtime/live-session-events';
import { markAttendance } from '../../services/attendance/mark-attendance';
import { listAttendance } from '../../services/attendance/list-attendance';
import { attendanceChannel, type AttendanceNotice } from '../../services/attendance/attendance-channel';
import { markAttendanceInput } from '../../schemas/attendance/mark-attendance.types';

export const attendanceRouter = router({
	/** Applies a batch of attendance changes, each once (see the idempotency key). */
	mark: sessionWriteGatedProcedure
		.input(markAttendanceInput)
		.mutation(({ ctx, input }) => markAttendance(ctx.prisma, ctx.gate, input.sessionId, input.changes)),
	/** The session's attendance as saved. */
	list: sessionReadProcedure.query(({ ctx }) => listAttendance(ctx.prisma, ctx.access.sessionId)),
	/** Announces every applied change of this session's attendance: `{ sessionId, byUserId }`. */
	onChange: sessionReadProcedure.subscription(({ ctx, signal }) =>
		liveSessionEvents<AttendanceNotice>({
			prisma: ctx.prisma,
			viewer: ctx.viewer,
			sessionId: ctx.access.sessionId,
			channel: attendanceChannel(ctx.access.sessionId),
			signal
		})
	)
});
