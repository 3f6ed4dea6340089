import type { PrismaClient } from '../../db/generated/client';
import { rankActivitiesForSession } from '../../../domain/stages';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { notFound } from '../../errors';
import { activityScope, activitySummarySelect } from '../activities/activity-scope';
import { rankingTags } from './activity-focus';

const SUGGESTION_COUNT = 8;

/**
 * Activities that fit this session's stage (first session: introductions and group norms; last: review and
 * farewell), ones not yet used in the group first.
 */
export async function suggestActivities(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string }
) {
	const session = await prisma.session.findUnique({
		where: { id: access.sessionId },
		select: { number: true, stage: true, group: { select: { theme: true, plannedSessionCount: true } } }
	});
	if (!session) throw notFound();
	const [activities, planned] = await Promise.all([
		prisma.activity.findMany({
			where: activityScope(viewer),
			orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
			take: 500,
			select: activitySummarySelect
		}),
		prisma.activity.findMany({
			where: {
				key: { not: null },
				planItems: { some: { session: { groupId: access.groupId }, sessionId: { not: access.sessionId } } }
			},
			select: { key: true }
		})
	]);
	const ranked = rankActivitiesForSession(
		activities.map((a) => ({ activity: a, key: a.key, stages: a.stages, themes: rankingTags(a) })),
		{
			stage: session.stage,
			theme: session.group.theme,
			isFirst: session.number === 1,
			isLast: session.number === session.group.plannedSessionCount,
			alreadyPlannedKeys: planned.map((p) => p.key as string)
		}
	);
	return ranked.slice(0, SUGGESTION_COUNT).map(({ activity: { organizationId, ...a } }) => ({
		...a,
		isOwn: organizationId !== null
	}));
}
