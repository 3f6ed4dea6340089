import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import {
	MISSED_STATUSES,
	absenceReasonBreakdownOf,
	sqlStatusList,
	type AbsenceReasonCount
} from '../../../domain/attendance';

/**
 * Absences and leaves by reason across the organization's held sessions in a period (the service statistics'
 * breakdown): one SQL aggregate, folded by the domain's definition (`absenceReasonBreakdownOf`).
 */
export async function absenceReasons(prisma: PrismaClient, viewer: Viewer, range: { from: Date; to: Date }) {
	const missed = Prisma.raw(sqlStatusList(MISSED_STATUSES));
	const counts = await prisma.$queryRaw<AbsenceReasonCount[]>`
		SELECT t.status, t."absenceReason" AS reason, count(*)::int AS n
		FROM "Attendance" t JOIN "Session" s ON s.id = t."sessionId"
		WHERE t."organizationId" = ${viewer.organizationId} AND s."organizationId" = ${viewer.organizationId}
			AND s.status = 'DONE' AND s."scheduledAt" >= ${range.from} AND s."scheduledAt" < ${range.to}
			AND t.status IN (${missed})
		GROUP BY t.status, t."absenceReason"`;
	return absenceReasonBreakdownOf(counts);
}
