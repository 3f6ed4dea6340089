import { sessionDates, sessionStages } from '../../../domain/group-schedule';
import { templateFor } from '../../../domain/group-templates';
import { dateOnly } from '../../../domain/dates';
import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { badRequest } from '../../errors';
import type { CreateGroupInput } from '../../schemas/groups/group-design.types';
import type { Locale } from '../../../i18n/types';
import { assertLeadersInOrganization } from './check-leaders';
import { assertThemeAllowed } from './check-theme';
import { plannedGoals, plannedTitle, seedPlanItems, templatePlans } from './session-seed';
import { recordAudit } from '../audit/record-audit';

export interface CreateGroupOptions {
	viewer: Viewer;
	locale: Locale;
	input: CreateGroupInput;
}

/**
 * Creates a group with its leaders and its dated sessions, in one transaction. A facilitator must lead or
 * co-lead the group they create (the wizard makes them LEAD by default).
 */
export async function createGroup(prisma: PrismaClient, { viewer, locale, input }: CreateGroupOptions) {
	const { leaders, fromTemplate, startDate, sessionCount, ...design } = input;
	if (viewer.role === 'FACILITATOR' && !leaders.some((l) => l.userId === viewer.userId))
		throw badRequest('groups.error.creatorMustLead');
	const organizationId = viewer.organizationId;
	const template = templateFor(input.theme);

	return prisma.$transaction(async (tx) => {
		await assertLeadersInOrganization(
			tx,
			organizationId,
			leaders.map((l) => l.userId)
		);
		const { timeZone, customThemes } = await tx.organization.findUniqueOrThrow({
			where: { id: organizationId },
			select: { timeZone: true, customThemes: true }
		});
		assertThemeAllowed(input.theme, customThemes);
		const dates = sessionDates({ ...input, startDate, sessionCount }, timeZone);
		const stages = sessionStages(sessionCount, template);
		const plans = fromTemplate ? templatePlans(template, sessionCount, input.sessionMinutes) : null;
		const group = await tx.group.create({
			data: {
				...design,
				organizationId,
				plannedSessionCount: sessionCount,
				startDate: dateOnly(startDate),
				leaders: { create: leaders.map((l) => ({ ...l, organizationId })) }
			},
			select: { id: true }
		});
		const sessions = await tx.session.createManyAndReturn({
			data: dates.map((scheduledAt, i) => ({
				organizationId,
				groupId: group.id,
				number: i + 1,
				stage: stages[i],
				title: plans ? plannedTitle(plans[i], locale) : '',
				goals: plans ? plannedGoals(plans[i], locale) : '',
				scheduledAt,
				plannedMinutes: input.sessionMinutes
			})),
			select: { id: true, number: true }
		});
		if (plans)
			await seedPlanItems(
				tx,
				organizationId,
				sessions.map((s) => ({ id: s.id, plan: plans[s.number - 1] }))
			);
		await recordAudit(tx, viewer, {
			action: 'CREATE',
			entity: 'Group',
			entityId: group.id,
			groupId: group.id
		});
		return { id: group.id };
	});
}
