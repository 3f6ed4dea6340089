import { dateOnlyString } from '../../../domain/dates';
import type { PrismaClient } from '../../db/generated/client';
import { notFound } from '../../errors';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { groupAccessVerdict } from '../access/group-access-rule';
import { groupDesignSelect, planBookSelect } from './group-design-select';
import { parseBudget } from '../../../domain/plan-book';

/** The group's design and schedule as the edit form shows them (dates in the organization's time zone). */
export async function getGroupForEdit(prisma: PrismaClient, viewer: Viewer, access: GroupAccess) {
	const group = await prisma.group.findUnique({
		where: { id: access.groupId },
		select: {
			...groupDesignSelect,
			...planBookSelect,
			startDate: true,
			version: true,
			organization: { select: { timeZone: true, customThemes: true } },
			leaders: { orderBy: { role: 'asc' }, select: { userId: true, role: true } },
			sessions: {
				orderBy: { number: 'asc' },
				select: { number: true, status: true, title: true, goals: true }
			}
		}
	});
	if (!group) throw notFound();
	const { organization, sessions, startDate, plannedSessionCount, budget, ...rest } = group;
	return {
		...rest,
		budget: parseBudget(budget),
		sessionCount: plannedSessionCount,
		startDate: startDate ? dateOnlyString(startDate) : '',
		weekday: rest.weekday ?? 1,
		startTime: rest.startTime ?? '15:00',
		doneSessions: sessions.filter((s) => s.status === 'DONE').length,
		/** Each session's title and goals for the plan book; a session that has run is shown, not edited. */
		sessionOutlines: sessions.map((s) => ({
			number: s.number,
			title: s.title,
			goals: s.goals,
			done: s.status === 'DONE'
		})),
		timeZone: organization.timeZone,
		/** The organization's own themes the form offers besides the built-in ones (and the group's current one). */
		customThemes: organization.customThemes,
		/** A co-leader edits the design but may not change who leads. */
		canSetLeaders: groupAccessVerdict(viewer.role, access.leaderRole, access.status, 'leaders') === 'allowed'
	};
}
