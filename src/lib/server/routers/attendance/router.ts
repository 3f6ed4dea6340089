import { router } from '../../trpc/init';
import { sessionReadProcedure, sessionWriteProcedure } from '../../trpc/procedures';
import { realtime } from '../../realtime/bus';
import { markAttendance } from '../../services/attendance/mark-attendance';
import { listAttendance } from '../../services/attendance/list-attendance';
import { attendanceChannel, type AttendanceNotice } from '../../services/attendance/attendance-channel';
import { markAttendanceInput } from './mark-attendance.types';

export const attendanceRouter = router({
	/** Applies a batch of attendance changes, each once (see the idempotency key). */
	mark: sessionWriteProcedure
		.input(markAttendanceInput)
		.mutation(({ ctx, input }) => markAttendance(ctx.prisma, ctx.viewer, ctx.access, input.changes)),
	/** The session's attendance as saved. */
	list: sessionReadProcedure.query(({ ctx }) => listAttendance(ctx.prisma, ctx.access.sessionId)),
	/** Announces every applied change of this session's attendance: `{ sessionId, byUserId }`. */
	onChange: sessionReadProcedure.subscription(async function* ({ ctx, signal }) {
		const bus = await realtime();
		for await (const change of bus.subscribe(attendanceChannel(ctx.access.sessionId), signal))
			yield change as AttendanceNotice;
	})
});
