import type { Prisma, PrismaClient } from '../../db/generated/client';
import { mergePlans, PLAN_MAX_ITEMS, type PlanItemInput, type PlanMergeConflict } from '../../../domain/plan';
import type { Viewer } from '../../trpc/context';
import { badRequest, conflict, notFound } from '../../trpc/errors';
import { realtime } from '../../realtime/bus';
import { activityScope } from '../activities/activity-scope';
import { planChannel, type PlanChange } from './plan-channel';
import { planItemSelect } from './get-plan';

export interface SavePlanOptions {
	sessionId: string;
	organizationId: string;
	baseVersion: number;
	baseItems: PlanItemInput[];
	items: PlanItemInput[];
}

export type SavePlanResult = { version: number; items: PlanItemInput[]; merged: boolean };

/** Thrown inside the transaction when another save won the race; the whole save is retried. */
class LostRace extends Error {}

/** A conflicting edit: the person has to choose. Carries what clashed, for logs and tests. */
export class PlanConflictError extends Error {
	constructor(readonly conflicts: PlanMergeConflict[]) {
		super('plan.conflict');
	}
}

const MAX_ATTEMPTS = 5;

/**
 * Saves a session's plan. When the plan changed since `baseVersion`, the edit is merged three-way with the
 * saved version; a clash is refused with CONFLICT and nothing is written. Reading the current version and
 * replacing the rows happen in one transaction guarded by `version = current` (optimistic lock): a save that
 * loses the race re-reads, merges again and retries, so two concurrent saves never lose a write.
 */
export async function savePlan(
	prisma: PrismaClient,
	viewer: Viewer,
	options: SavePlanOptions
): Promise<SavePlanResult> {
	for (let attempt = 1; ; attempt++) {
		try {
			const result = await prisma.$transaction(async (tx) => {
				const current = await tx.session.findUnique({
					where: { id: options.sessionId },
					select: { version: true, planItems: { orderBy: { position: 'asc' }, select: planItemSelect } }
				});
				if (!current) throw notFound();
				await requireVisibleActivities(tx, viewer, options.items, current.planItems);
				let next = options.items;
				let merged = false;
				if (current.version !== options.baseVersion) {
					const merge = mergePlans(options.baseItems, options.items, current.planItems);
					if (merge.conflicts.length > 0) throw new PlanConflictError(merge.conflicts);
					next = merge.merged;
					merged = true;
				}
				if (next.length > PLAN_MAX_ITEMS) throw badRequest('errors.plan.tooManyItems');
				const locked = await tx.session.updateMany({
					where: { id: options.sessionId, version: current.version },
					data: { version: { increment: 1 } }
				});
				if (locked.count !== 1) throw new LostRace();
				await tx.planItem.deleteMany({ where: { sessionId: options.sessionId } });
				if (next.length > 0)
					await tx.planItem.createMany({
						data: next.map((item, position) => ({
							...item,
							position,
							sessionId: options.sessionId,
							organizationId: options.organizationId
						}))
					});
				return { version: current.version + 1, items: next, merged };
			});
			const bus = await realtime();
			await bus.publish(planChannel(options.sessionId), {
				sessionId: options.sessionId,
				version: result.version,
				byUserId: viewer.userId
			} satisfies PlanChange);
			return result;
		} catch (error) {
			if (error instanceof PlanConflictError) throw conflict('plan.conflict');
			if (attempt < MAX_ATTEMPTS && (error instanceof LostRace || isSerializationFailure(error))) continue;
			throw error;
		}
	}
}

/**
 * Every activity a plan refers to must be in the viewer's library (built in or their organization's). Activities
 * already in the saved plan were checked when they were added, so a reorder or a changed duration asks nothing.
 */
async function requireVisibleActivities(
	db: Prisma.TransactionClient,
	viewer: Viewer,
	items: PlanItemInput[],
	saved: { activityId: string | null }[]
) {
	const known = new Set(saved.map((i) => i.activityId));
	const ids = [
		...new Set(items.flatMap((i) => (i.activityId && !known.has(i.activityId) ? [i.activityId] : [])))
	];
	if (ids.length === 0) return;
	const found = await db.activity.count({ where: { AND: [{ id: { in: ids } }, activityScope(viewer)] } });
	if (found !== ids.length) throw notFound('errors.plan.activityNotFound');
}

function isSerializationFailure(error: unknown): boolean {
	const text = String((error as { message?: string })?.message ?? '');
	return /40001|40P01|could not serialize|deadlock/i.test(text);
}
