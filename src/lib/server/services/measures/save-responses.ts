import type { PrismaClient } from '../../db/generated/client';
import type { MeasurePoint, ResponseSource } from '../../db/generated/enums';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { assertConsent } from '../access/consent';
import { badRequest } from '../../errors';
import { scoreOf } from './score-of';
import { auditRow } from '../audit/record-audit';
import { assertScoresUnlocked } from '../access/record-lock';

export interface SaveResponsesOptions {
	access: GroupAccess;
	viewer: Viewer;
	memberId: string;
	point: MeasurePoint;
	sessionId: string | null;
	scores: { measureId: string; itemScores: number[] }[];
	goals: { goalId: string; level: number }[];
	/** who answered: staff (the default), or the member in member mode on the tablet */
	source?: ResponseSource;
}

/**
 * Stores one member's scores for one point in time (baseline, a session, or the end), replacing what was
 * entered for the same point before. Everything is checked first; on any bad value nothing is stored.
 */
export async function saveResponses(prisma: PrismaClient, o: SaveResponsesOptions) {
	const { access } = o;
	if (o.scores.length === 0 && o.goals.length === 0) throw badRequest('measures.nothingToSave');
	if (o.point === 'SESSION' && !o.sessionId) throw badRequest('measures.sessionRequired');
	const sessionId = o.point === 'SESSION' ? o.sessionId : null;
	const measureIds = [...new Set(o.scores.map((s) => s.measureId))];
	const goalIds = [...new Set(o.goals.map((g) => g.goalId))];
	if (measureIds.length !== o.scores.length || goalIds.length !== o.goals.length)
		throw badRequest('measures.duplicate');

	const [enrollment, session, measures, goals, gas] = await Promise.all([
		prisma.enrollment.findFirst({
			where: { groupId: access.groupId, memberId: o.memberId, leftAt: null },
			select: { id: true }
		}),
		sessionId
			? prisma.session.findFirst({
					where: { id: sessionId, groupId: access.groupId },
					select: { scheduledAt: true }
				})
			: null,
		prisma.measure.findMany({
			where: {
				id: { in: measureIds },
				OR: [{ organizationId: null }, { organizationId: access.organizationId }]
			},
			select: { id: true, kind: true, items: true, itemMin: true, itemMax: true }
		}),
		prisma.goalScale.findMany({
			where: { id: { in: goalIds }, groupId: access.groupId, memberId: o.memberId },
			select: { id: true }
		}),
		goalIds.length > 0 ? prisma.measure.findUnique({ where: { key: 'gas' }, select: { id: true } }) : null
	]);
	if (!enrollment) throw badRequest('measures.memberNotInGroup');
	if (sessionId && !session) throw badRequest('measures.sessionNotInGroup');
	if (measures.length !== measureIds.length) throw badRequest('measures.unknownMeasure');
	if (goals.length !== goalIds.length) throw badRequest('measures.unknownGoal');
	if (goalIds.length > 0 && !gas) throw badRequest('measures.unknownMeasure');

	const byId = new Map(measures.map((m) => [m.id, m]));
	const rows = o.scores.map(({ measureId, itemScores }) => {
		const m = byId.get(measureId)!;
		if (m.kind === 'GAS') throw badRequest('measures.unknownMeasure');
		const score = scoreOf(m, itemScores);
		return { measureId, goalId: null as string | null, itemScores, score };
	});
	for (const g of o.goals) {
		if (!Number.isInteger(g.level) || g.level < -2 || g.level > 2) throw badRequest('measures.outOfRange');
		rows.push({ measureId: gas!.id, goalId: g.goalId, itemScores: [g.level], score: g.level });
	}
	await assertConsent(prisma, [o.memberId], 'MEASURES');

	const takenAt = session?.scheduledAt ?? new Date();
	const source = o.source ?? 'STAFF';
	const base = { groupId: access.groupId, memberId: o.memberId, point: o.point, sessionId };
	// Saving the sheet again re-sends a member's own answers unchanged: they stay marked as self-reported.
	const previous = await prisma.measureResponse.findMany({
		where: { ...base, measureId: { in: measureIds }, goalId: null, source: { not: 'STAFF' } },
		select: { measureId: true, itemScores: true, source: true }
	});
	const sourceOf = (r: { measureId: string; goalId: string | null; itemScores: number[] }) =>
		previous.find(
			(p) => !r.goalId && p.measureId === r.measureId && p.itemScores.join() === r.itemScores.join()
		)?.source ?? source;
	await prisma.$transaction(async (tx) => {
		await assertScoresUnlocked(tx, { groupId: access.groupId, point: o.point, sessionId });
		await tx.measureResponse.deleteMany({
			where: {
				...base,
				OR: [{ measureId: { in: measureIds }, goalId: null }, { goalId: { in: goalIds } }]
			}
		});
		await tx.measureResponse.createMany({
			data: rows.map((r) => ({
				...base,
				...r,
				organizationId: access.organizationId,
				takenAt,
				source: sourceOf(r),
				createdById: o.viewer.userId
			}))
		});
		await tx.auditLog.create({
			data: auditRow(o.viewer, {
				action: 'UPDATE',
				entity: source === 'STAFF' ? 'MeasureResponse' : 'SelfReportResponse',
				entityId: sessionId,
				groupId: access.groupId,
				memberId: o.memberId
			})
		});
	});
	return { saved: rows.length };
}
