import type { PrismaClient } from '../../db/generated/client';
import type { PlanItemInput } from '../../../domain/plan';
import { zoneOffsetMinutes } from '../../../domain/dates';
import type { GroupAccess } from '../access/require-group-access';
import type { Viewer } from '../../trpc/context';
import { notFound } from '../../trpc/errors';

export const planItemSelect = {
	id: true,
	kind: true,
	activityId: true,
	title: true,
	minutes: true,
	notes: true
} as const;

/** Wall-clock start of a session in the organization's time zone. */
export function sessionStartClock(scheduledAt: Date, timeZone: string) {
	const local = new Date(scheduledAt.getTime() + zoneOffsetMinutes(timeZone, scheduledAt) * 60_000);
	return { hour: local.getUTCHours(), minute: local.getUTCMinutes() };
}

/** A session's plan with what the planner shows around it. */
export async function getPlan(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string }
) {
	const session = await prisma.session.findUnique({
		where: { id: access.sessionId },
		select: {
			id: true,
			number: true,
			title: true,
			goals: true,
			stage: true,
			status: true,
			scheduledAt: true,
			plannedMinutes: true,
			version: true,
			group: {
				select: {
					id: true,
					name: true,
					theme: true,
					status: true,
					plannedSessionCount: true,
					organization: { select: { timeZone: true } }
				}
			},
			planItems: {
				orderBy: { position: 'asc' },
				select: {
					...planItemSelect,
					activity: {
						select: {
							id: true,
							key: true,
							titleZh: true,
							titleEn: true,
							energy: true,
							needsMaterials: true,
							defaultMinutes: true
						}
					}
				}
			}
		}
	});
	if (!session) throw notFound();
	const { planItems, group, ...rest } = session;
	const { organization, ...groupInfo } = group;
	const activities = new Map(planItems.flatMap((i) => (i.activity ? [[i.activity.id, i.activity]] : [])));
	return {
		session: {
			...rest,
			timeZone: organization.timeZone,
			start: sessionStartClock(session.scheduledAt, organization.timeZone)
		},
		group: groupInfo,
		items: planItems.map(({ activity: _activity, ...item }): PlanItemInput => item),
		activities: [...activities.values()],
		canEdit: (access.isLeader || viewer.role === 'ADMIN') && access.status !== 'CLOSED'
	};
}

export type PlanView = Awaited<ReturnType<typeof getPlan>>;
