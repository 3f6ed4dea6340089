import { router } from '../../trpc/init';
import { sessionWriteProcedure } from '../../trpc/procedures';
import { markAttendance } from '../../services/attendance/mark-attendance';
import { markAttendanceInput } from './mark-attendance.types';

export const attendanceRouter = router({
	/** Applies a batch of attendance changes, each once (see the idempotency key). */
	mark: sessionWriteProcedure
		.input(markAttendanceInput)
		.mutation(({ ctx, input }) => markAttendance(ctx.prisma, ctx.viewer, ctx.access, input.changes))
});
