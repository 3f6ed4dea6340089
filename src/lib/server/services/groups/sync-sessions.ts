import { sessionDates, sessionStages } from '../../../domain/group-schedule';
import { templateFor } from '../../../domain/group-templates';
import type { Prisma } from '../../db/generated/client';
import { badRequest } from '../../errors';

type Db = Prisma.TransactionClient;

export interface SyncSessionsOptions {
	organizationId: string;
	groupId: string;
	theme: string;
	timeZone: string;
	startDate: string;
	weekday: number;
	startTime: string;
	sessionMinutes: number;
	sessionCount: number;
}

/**
 * Brings a group's sessions in line with its schedule. Sessions that have run (DONE, or with any record such
 * as attendance or notes) are never moved or deleted; if the new count would drop one, the change is refused.
 * Sessions that have not run get the new date, length and (when the count changes) stage; extra sessions are
 * added with no plan yet.
 */
export async function syncSessions(db: Db, options: SyncSessionsOptions) {
	const existing = await db.session.findMany({
		where: { groupId: options.groupId },
		orderBy: { number: 'asc' },
		select: {
			id: true,
			number: true,
			status: true,
			stage: true,
			debrief: { select: { id: true } },
			_count: {
				select: { attendance: true, conflicts: true, interactions: true, observations: true, responses: true }
			}
		}
	});
	const hasRun = (s: (typeof existing)[number]) =>
		s.status === 'DONE' || s.debrief !== null || Object.values(s._count).some((n) => n > 0);

	const dropped = existing.filter((s) => s.number > options.sessionCount);
	if (dropped.some(hasRun)) throw badRequest('groups.error.cannotDropRunSessions');

	const dates = sessionDates(options, options.timeZone);
	const stages = sessionStages(options.sessionCount, templateFor(options.theme));
	const countChanged = existing.length !== options.sessionCount;

	if (dropped.length > 0) await db.session.deleteMany({ where: { id: { in: dropped.map((s) => s.id) } } });
	for (const session of existing) {
		if (session.number > options.sessionCount || hasRun(session)) continue;
		await db.session.update({
			where: { id: session.id },
			data: {
				scheduledAt: dates[session.number - 1],
				plannedMinutes: options.sessionMinutes,
				...(countChanged ? { stage: stages[session.number - 1] } : {})
			}
		});
	}
	const maxNumber = existing.reduce((max, s) => Math.max(max, s.number), 0);
	if (maxNumber < options.sessionCount)
		await db.session.createMany({
			data: Array.from({ length: options.sessionCount - maxNumber }, (_, i) => maxNumber + i + 1).map(
				(number) => ({
					organizationId: options.organizationId,
					groupId: options.groupId,
					number,
					stage: stages[number - 1],
					scheduledAt: dates[number - 1],
					plannedMinutes: options.sessionMinutes
				})
			)
		});
}
