import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { notFound } from '../../errors';

/** What the run screen needs: the session, its plan, the group's current members and their attendance. */
export async function getSessionRun(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string }
) {
	const session = await prisma.session.findFirst({
		where: { id: access.sessionId, groupId: access.groupId },
		select: {
			id: true,
			number: true,
			title: true,
			goals: true,
			stage: true,
			status: true,
			startedAt: true,
			scheduledAt: true,
			plannedMinutes: true,
			version: true,
			group: { select: { id: true, name: true, status: true } },
			planItems: {
				orderBy: { position: 'asc' },
				select: {
					id: true,
					position: true,
					kind: true,
					title: true,
					minutes: true,
					notes: true,
					activity: { select: { id: true, titleZh: true, titleEn: true } }
				}
			},
			attendance: {
				select: {
					memberId: true,
					status: true,
					minutesLate: true,
					absenceReason: true,
					note: true,
					updatedAt: true
				}
			},
			debrief: { select: { id: true } }
		}
	});
	if (!session) throw notFound();
	const [enrollments, neighbours] = await Promise.all([
		prisma.enrollment.findMany({
			where: { groupId: access.groupId, leftAt: null },
			orderBy: { member: { code: 'asc' } },
			select: { member: { select: { id: true, code: true, realName: true, consentScope: true } } }
		}),
		prisma.session.findMany({
			where: { groupId: access.groupId, number: { in: [session.number - 1, session.number + 1] } },
			select: { id: true, number: true }
		})
	]);
	const { attendance, debrief, ...rest } = session;
	return {
		...rest,
		isLeader: access.isLeader,
		canWrite: access.canWrite,
		hasDebrief: debrief !== null,
		previous: neighbours.find((s) => s.number === session.number - 1) ?? null,
		next: neighbours.find((s) => s.number === session.number + 1) ?? null,
		members: enrollments.map(({ member }) => ({
			id: member.id,
			code: member.code,
			realName: access.isLeader ? member.realName : null,
			notesConsent: member.consentScope.includes('NOTES')
		})),
		attendance
	};
}
