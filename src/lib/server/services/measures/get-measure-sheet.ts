import type { PrismaClient } from '../../db/generated/client';
import type { MeasurePoint } from '../../db/generated/enums';
import type { GroupAccess } from '../access/require-group-access';
import { badRequest, notFound } from '../../errors';
import { measuresForGroup } from './measures-for-group';

export interface GetMeasureSheetOptions {
	access: GroupAccess;
	point: MeasurePoint;
	sessionId: string | null;
}

/**
 * Everything the tablet entry screen needs for one point in time: the group's members (real names for
 * leaders), the instruments, each member's GAS goals, and the scores already entered for that point.
 */
export async function getMeasureSheet(
	prisma: PrismaClient,
	{ access, point, sessionId }: GetMeasureSheetOptions
) {
	const group = await prisma.group.findUnique({
		where: { id: access.groupId },
		select: {
			id: true,
			name: true,
			theme: true,
			status: true,
			sessions: {
				orderBy: { number: 'asc' },
				select: { id: true, number: true, title: true, status: true, scheduledAt: true }
			},
			enrollments: {
				where: { leftAt: null },
				orderBy: { member: { code: 'asc' } },
				select: { member: { select: { id: true, code: true, realName: true, consentScope: true } } }
			},
			goalScales: {
				orderBy: { createdAt: 'asc' },
				select: { id: true, memberId: true, title: true, weight: true, levels: true }
			}
		}
	});
	if (!group) throw notFound();
	if (sessionId && !group.sessions.some((s) => s.id === sessionId)) throw notFound();
	// A session sheet without a chosen session opens on the latest session run (else the first one).
	const latestRun = group.sessions.filter((s) => s.status === 'DONE').at(-1) ?? group.sessions[0];
	const effectiveSession = point === 'SESSION' ? (sessionId ?? latestRun?.id ?? null) : null;
	if (point === 'SESSION' && !effectiveSession) throw badRequest('measures.sessionRequired');
	const [measures, responses] = await Promise.all([
		measuresForGroup(prisma, access.organizationId, group.theme),
		prisma.measureResponse.findMany({
			where: { groupId: group.id, point, sessionId: effectiveSession },
			orderBy: { createdAt: 'asc' },
			select: {
				memberId: true,
				measureId: true,
				goalId: true,
				itemScores: true,
				score: true,
				source: true
			}
		})
	]);
	return {
		group: { id: group.id, name: group.name, theme: group.theme, status: group.status },
		point,
		sessionId: effectiveSession,
		sessions: group.sessions,
		measures: measures.filter((m) => m.kind !== 'SESSION_RATING' || point === 'SESSION'),
		members: group.enrollments.map(({ member }) => ({
			id: member.id,
			code: member.code,
			realName: access.isLeader ? member.realName : null,
			consented: member.consentScope.includes('MEASURES'),
			goals: group.goalScales.filter((g) => g.memberId === member.id)
		})),
		responses
	};
}
