import { planTiming } from '../../../domain/plan';
import { ageBand, type AgeBand } from '../../../domain/member-import';
import { localClock, localDate } from '../../../domain/dates';
import type { PrismaClient } from '../../db/generated/client';
import { notFound } from '../../errors';
import type { GroupAccess } from '../access/require-group-access';
import { groupDesignSelect, planBookSelect } from './group-design-select';
import { budgetTotal, materialsList, parseBudget, riskList } from '../../../domain/plan-book';
import type { Locale } from '../../../i18n/types';

/**
 * Everything the group plan (小组计划书) shows: design, theoretical basis, leaders and staffing, an anonymous
 * member profile (counts by gender and age band, never names), each session's goals and activities with clock
 * times, the materials list and the risks of the planned activities, and the budget.
 */
export async function getPlanDocument(prisma: PrismaClient, access: GroupAccess, locale: Locale) {
	const [group, profile] = await Promise.all([
		prisma.group.findUnique({
			where: { id: access.groupId },
			select: {
				...groupDesignSelect,
				...planBookSelect,
				status: true,
				organization: { select: { name: true, timeZone: true } },
				leaders: { orderBy: { role: 'asc' }, select: { role: true, user: { select: { name: true } } } },
				sessions: {
					orderBy: { number: 'asc' },
					select: {
						id: true,
						number: true,
						title: true,
						goals: true,
						stage: true,
						status: true,
						scheduledAt: true,
						plannedMinutes: true,
						planItems: {
							orderBy: { position: 'asc' },
							select: {
								kind: true,
								title: true,
								minutes: true,
								notes: true,
								activity: {
									select: {
										titleZh: true,
										titleEn: true,
										materialsZh: true,
										materialsEn: true,
										risksZh: true,
										risksEn: true
									}
								}
							}
						}
					}
				}
			}
		}),
		prisma.member.groupBy({
			by: ['gender', 'birthYear'],
			where: { enrollments: { some: { groupId: access.groupId, leftAt: null } } },
			_count: { _all: true }
		})
	]);
	if (!group) throw notFound();
	const { organization, sessions, leaders, budget, ...design } = group;
	const en = locale === 'en';
	const activityUses = sessions.flatMap((session) =>
		session.planItems.flatMap(({ activity }) =>
			activity
				? [
						{
							sessionNumber: session.number,
							activity: en ? activity.titleEn : activity.titleZh,
							materials: en ? activity.materialsEn : activity.materialsZh,
							risks: en ? activity.risksEn : activity.risksZh
						}
					]
				: []
		)
	);
	const budgetLines = parseBudget(budget);
	const currentYear = Number(localDate(new Date(), organization.timeZone).slice(0, 4));
	const byGender: Record<string, number> = {};
	const byAge: Partial<Record<AgeBand, number>> = {};
	let total = 0;
	for (const row of profile) {
		const n = row._count._all;
		total += n;
		const gender = row.gender ?? 'UNKNOWN';
		byGender[gender] = (byGender[gender] ?? 0) + n;
		const band = ageBand(row.birthYear, currentYear);
		byAge[band] = (byAge[band] ?? 0) + n;
	}
	return {
		...design,
		organizationName: organization.name,
		timeZone: organization.timeZone,
		leaders: leaders.map((l) => ({ role: l.role, name: l.user.name })),
		memberProfile: { total, byGender, byAge },
		budget: budgetLines,
		budgetTotal: budgetTotal(budgetLines),
		materials: materialsList(activityUses),
		activityRisks: riskList(activityUses),
		sessions: sessions.map(({ planItems, ...session }) => {
			const timing = planTiming(
				planItems,
				localClock(session.scheduledAt, organization.timeZone),
				session.plannedMinutes
			);
			return {
				...session,
				totalMinutes: timing.totalMinutes,
				items: planItems.map((item, i) => ({
					kind: item.kind,
					title: item.title || (item.activity ? (en ? item.activity.titleEn : item.activity.titleZh) : ''),
					minutes: item.minutes,
					notes: item.notes,
					startClock: timing.rows[i].startClock,
					endClock: timing.rows[i].endClock
				}))
			};
		})
	};
}

export type PlanDocument = Awaited<ReturnType<typeof getPlanDocument>>;
