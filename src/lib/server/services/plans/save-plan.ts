import { Prisma, type PrismaClient } from '../../db/generated/client';
import { mergePlans, PLAN_MAX_ITEMS, type PlanItemInput, type PlanMergeConflict } from '../../../domain/plan';
import type { Viewer } from '../../../domain/viewer';
import type { AccessGate } from '../access/access-gate';
import { badRequest, conflict, notFound } from '../../errors';
import { realtime } from '../../realtime/bus';
import { groupAccessSql, type GroupAccessColumns } from '../access/require-group-access';
import { activityScope, activityScopeSql } from '../activities/activity-scope';
import { planChannel, type PlanChange } from './plan-channel';
import { planItemSelect } from './get-plan';
import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditEntity } from '../../../domain/audit';
import { recordAudit } from '../audit/record-audit';

export interface SavePlanOptions {
	sessionId: string;
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

/** The CONFLICT of a save that lost every retry to concurrent saves: retryable, unlike `plan.conflict`. */
export const PLAN_BUSY = 'plan.busy';

/** Prisma stores DateTime as UTC in `timestamp` columns, whatever the connection's time zone. */
const utcNow = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/**
 * Saves a session's plan and announces the new version. The common case, an edit of the current version, is one
 * statement (`replaceCurrentPlan`). Otherwise the edit is merged three-way with the saved version in a
 * transaction (`mergeAndSave`); a clash is refused with CONFLICT and nothing is written.
 */
export async function savePlan(
	prisma: PrismaClient,
	gate: AccessGate,
	options: SavePlanOptions
): Promise<SavePlanResult> {
	if (options.items.length > PLAN_MAX_ITEMS) throw badRequest('errors.plan.tooManyItems');
	const { organizationId, version } = await replaceCurrentPlan(prisma, gate, options);
	const result =
		version !== null
			? { version, items: options.items, merged: false }
			: await mergeAndSave(prisma, gate.viewer, { ...options, organizationId });
	// Co-leaders' planners reload the new version. This process's subscribers hear it at once; the answer does not
	// wait for the NOTIFY to other instances (the plan is committed, a notice only makes them fetch), and a failed
	// NOTIFY is logged, not turned into a failed save.
	const bus = await realtime();
	bus
		.publish(planChannel(options.sessionId), {
			sessionId: options.sessionId,
			version: result.version,
			byUserId: gate.viewer.userId
		} satisfies PlanChange)
		.catch((error: Error) => console.error('plan notice not published:', error.message));
	return result;
}

/**
 * One statement that checks write access and, only if the caller may write, `baseVersion` is still the saved
 * version and every activity the plan adds is in the viewer's library, bumps the version and replaces the items.
 * The version is null when it wrote nothing. The session row's lock orders it with any other save.
 */
async function replaceCurrentPlan(prisma: PrismaClient, gate: AccessGate, options: SavePlanOptions) {
	const access = groupAccessSql(gate.viewer, gate.mode);
	const items = JSON.stringify(options.items.map((item, position) => ({ ...item, position })));
	const [row] = await prisma.$queryRaw<(GroupAccessColumns & { version: number | null })[]>`
		WITH acc AS (
			SELECT ${access.columns}, ${access.allowed} AS allowed
			FROM "Session" s JOIN ${access.from} ON g.id = s."groupId"
			WHERE s.id = ${options.sessionId} AND ${access.where}),
		input AS (
			SELECT * FROM jsonb_to_recordset(${items}::jsonb)
				AS t(id text, kind text, "activityId" text, title text, minutes int, notes text, position int)),
		bumped AS (
			UPDATE "Session" SET version = version + 1, "updatedAt" = ${utcNow}
			WHERE id = ${options.sessionId} AND version = ${options.baseVersion}
				AND EXISTS (SELECT 1 FROM acc WHERE allowed)
				AND NOT EXISTS (SELECT 1 FROM input i WHERE i."activityId" IS NOT NULL
					AND NOT EXISTS (SELECT 1 FROM "Activity" a WHERE a.id = i."activityId"
						AND ${activityScopeSql(gate.viewer, 'a')})
					AND NOT EXISTS (SELECT 1 FROM "PlanItem" p
						WHERE p."sessionId" = ${options.sessionId} AND p."activityId" = i."activityId"))
			RETURNING version),
		removed AS (
			DELETE FROM "PlanItem" WHERE "sessionId" = ${options.sessionId} AND EXISTS (SELECT 1 FROM bumped)
			RETURNING 1),
		inserted AS (
			-- Ids are kept across saves: the uncorrelated count over "removed" is computed before the first row is
			-- inserted, so the old rows are gone when their ids come back.
			INSERT INTO "PlanItem" (id, "organizationId", "sessionId", position, kind, "activityId", title, minutes, notes)
			SELECT i.id, acc."organizationId", ${options.sessionId}, i.position, i.kind::"PlanItemKind", i."activityId",
				i.title, i.minutes, i.notes
			FROM input i, acc
			WHERE (SELECT count(*) FROM removed) >= 0 AND EXISTS (SELECT 1 FROM bumped)
			RETURNING 1),
		audit AS (
			INSERT INTO "AuditLog" (id, "organizationId", "userId", "actorName", action, entity, "entityId", "groupId",
				"createdAt")
			SELECT ${randomUUID()}, acc."organizationId", ${gate.viewer.userId}, ${gate.viewer.name},
				${'UPDATE' satisfies AuditAction}, ${'SessionPlan' satisfies AuditEntity}, ${options.sessionId}, acc."groupId",
				${utcNow}
			FROM acc WHERE EXISTS (SELECT 1 FROM bumped)
			RETURNING 1)
		SELECT acc."groupId", acc."organizationId", acc.status, acc."leaderRole",
			(SELECT version FROM bumped) AS version
		FROM acc`;
	const { organizationId } = gate.decide(row);
	return { organizationId, version: row.version };
}

/**
 * The edit was made against an older version (or names an activity the viewer may not plan with): reading the
 * current version and replacing the rows happen in one transaction guarded by `version = current` (optimistic
 * lock): a save that loses the race re-reads, merges again and retries, so two concurrent saves never lose a write.
 */
async function mergeAndSave(
	prisma: PrismaClient,
	viewer: Viewer,
	options: SavePlanOptions & { organizationId: string }
): Promise<SavePlanResult> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await prisma.$transaction(async (tx) => {
				const current = await tx.session.findUnique({
					where: { id: options.sessionId },
					select: {
						version: true,
						groupId: true,
						planItems: { orderBy: { position: 'asc' }, select: planItemSelect }
					}
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
				await recordAudit(tx, viewer, {
					action: 'UPDATE',
					entity: 'SessionPlan',
					entityId: options.sessionId,
					groupId: current.groupId
				});
				return { version: current.version + 1, items: next, merged };
			});
		} catch (error) {
			if (error instanceof PlanConflictError) throw conflict('plan.conflict');
			if (error instanceof LostRace || isSerializationFailure(error)) {
				if (attempt < MAX_ATTEMPTS) continue;
				// Still losing to other saves: nothing was written, and the same save may simply be sent again.
				throw conflict(PLAN_BUSY);
			}
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
