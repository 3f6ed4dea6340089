import type { PrismaClient } from '../../db/generated/client';

/** The attendance recorded for one session, as the run screen shows it. */
export function listAttendance(prisma: PrismaClient, sessionId: string) {
	return prisma.attendance.findMany({
		where: { sessionId },
		select: {
			memberId: true,
			status: true,
			minutesLate: true,
			absenceReason: true,
			note: true,
			updatedAt: true
		}
	});
}
