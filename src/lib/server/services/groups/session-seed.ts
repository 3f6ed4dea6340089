import { BUILT_IN_ACTIVITIES } from '../../../domain/activity-library';
import type { GroupTemplate } from '../../../domain/group-templates';
import { planSessionsFromTemplate, type PlannedSession } from '../../../domain/template-plans';
import type { Prisma } from '../../db/generated/client';
import type { Locale } from '../../../i18n/types';

type Db = Prisma.TransactionClient;

/** The template's plans for a group of `count` sessions of `sessionMinutes`, from the built-in library. */
export function templatePlans(template: GroupTemplate, count: number, sessionMinutes: number) {
	return planSessionsFromTemplate(template, count, sessionMinutes, BUILT_IN_ACTIVITIES);
}

export function plannedTitle(session: PlannedSession, locale: Locale) {
	return locale === 'en' ? session.titleEn : session.titleZh;
}

export function plannedGoals(session: PlannedSession, locale: Locale) {
	return locale === 'en' ? session.goalsEn : session.goalsZh;
}

/** Plan items for new sessions: an opening, the planned activities, a closing. */
export async function seedPlanItems(
	db: Db,
	organizationId: string,
	sessions: { id: string; plan: PlannedSession }[]
) {
	if (sessions.length === 0) return;
	const keys = [...new Set(sessions.flatMap((s) => s.plan.activities.map((a) => a.key)))];
	const activityIds = new Map(
		(await db.activity.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } })).map(
			(a) => [a.key as string, a.id]
		)
	);
	const data = sessions.flatMap(({ id, plan }) =>
		[
			{ kind: 'OPENING' as const, activityId: null, minutes: plan.openingMinutes },
			...plan.activities
				.filter((a) => activityIds.has(a.key))
				.map((a) => ({ kind: 'ACTIVITY' as const, activityId: activityIds.get(a.key)!, minutes: a.minutes })),
			{ kind: 'CLOSING' as const, activityId: null, minutes: plan.closingMinutes }
		].map((item, position) => ({
			...item,
			organizationId,
			sessionId: id,
			position,
			title: '',
			notes: ''
		}))
	);
	await db.planItem.createMany({ data });
}
