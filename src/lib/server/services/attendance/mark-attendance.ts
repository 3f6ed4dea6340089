import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../trpc/context';
import type { GroupAccess } from '../access/require-group-access';
import type { AttendanceChange } from '../../routers/attendance/mark-attendance.types';
import { requireGroupMembers } from '../sessions/require-group-members';

/**
 * Applies attendance changes exactly once each. Every change carries a client-made key; the key is stored in the
 * same transaction as the attendance row, and a key already stored (a replay after a lost answer, or the same
 * change sent twice at once) changes nothing. Two sends of one key at the same time: the second insert waits on
 * the first's unique key and then skips.
 */
export async function markAttendance(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	changes: AttendanceChange[]
) {
	await requireGroupMembers(
		prisma,
		access.groupId,
		changes.map((c) => c.memberId)
	);
	const applied = await prisma.$transaction(async (tx) => {
		const done: string[] = [];
		for (const change of changes) {
			const stored = `${access.organizationId}:attendance:${change.key}`;
			const inserted = await tx.$queryRaw<{ key: string }[]>`
				INSERT INTO "IdempotencyKey" ("key", "organizationId", "createdAt")
				VALUES (${stored}, ${access.organizationId}, now())
				ON CONFLICT ("key") DO NOTHING
				RETURNING "key"`;
			if (inserted.length === 0) continue;
			const data = {
				status: change.status,
				minutesLate: change.status === 'LATE' ? (change.minutesLate ?? null) : null,
				recordedById: viewer.userId
			};
			await tx.attendance.upsert({
				where: { sessionId_memberId: { sessionId: access.sessionId, memberId: change.memberId } },
				create: {
					...data,
					organizationId: access.organizationId,
					sessionId: access.sessionId,
					memberId: change.memberId
				},
				update: data
			});
			done.push(change.key);
		}
		return done;
	});
	const attendance = await prisma.attendance.findMany({
		where: { sessionId: access.sessionId },
		select: { memberId: true, status: true, minutesLate: true, updatedAt: true }
	});
	return { applied, attendance };
}
