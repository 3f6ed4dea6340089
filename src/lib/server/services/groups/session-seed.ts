import { BUILT_IN_ACTIVITIES } from '../../../domain/activity-library';
import type { GroupTemplateSession } from '../../../domain/group-templates';
import type { Prisma } from '../../db/generated/client';
import type { Locale } from '../../../i18n/types';

type Db = Prisma.TransactionClient;

const OPENING_MINUTES = 5;
const CLOSING_MINUTES = 10;

export function templateTitle(session: GroupTemplateSession, locale: Locale) {
	return locale === 'en' ? session.titleEn : session.titleZh;
}

/** Plan items for new sessions: an opening, the template's activities, a closing (as in the demo seed). */
export async function seedPlanItems(
	db: Db,
	organizationId: string,
	sessions: { id: string; template: GroupTemplateSession }[]
) {
	if (sessions.length === 0) return;
	const keys = [...new Set(sessions.flatMap((s) => s.template.activityKeys))];
	const activityIds = new Map(
		(await db.activity.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } })).map(
			(a) => [a.key as string, a.id]
		)
	);
	const data = sessions.flatMap(({ id, template }) => {
		const activities = template.activityKeys
			.map((key) => BUILT_IN_ACTIVITIES.find((a) => a.key === key))
			.filter((a) => a !== undefined && activityIds.has(a.key));
		return [
			{ kind: 'OPENING' as const, activityId: null, minutes: OPENING_MINUTES },
			...activities.map((a) => ({
				kind: 'ACTIVITY' as const,
				activityId: activityIds.get(a!.key) ?? null,
				minutes: a!.defaultMinutes
			})),
			{ kind: 'CLOSING' as const, activityId: null, minutes: CLOSING_MINUTES }
		].map((item, position) => ({
			...item,
			organizationId,
			sessionId: id,
			position,
			title: '',
			notes: ''
		}));
	});
	await db.planItem.createMany({ data });
}
