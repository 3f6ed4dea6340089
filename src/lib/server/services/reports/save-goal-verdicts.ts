import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import type { SaveGoalVerdictsInput } from '../../schemas/reports/goal-verdicts.types';
import { badRequest, conflict, notFound } from '../../errors';
import { auditedWrite } from '../audit/record-audit';
import { goalsWithVerdicts } from './goal-verdicts';

/**
 * The leaders' verdicts on the group's goals (for the closing evaluation report), replacing the earlier ones.
 * Each names the goal's text as the leader saw it; a goal changed since is refused (CONFLICT), never judged blindly.
 */
export async function saveGoalVerdicts(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	input: SaveGoalVerdictsInput
) {
	return auditedWrite(
		prisma,
		viewer,
		async (tx) => {
			const group = await tx.group.findUnique({ where: { id: access.groupId }, select: { goals: true } });
			if (!group) throw notFound();
			for (const v of input.verdicts) {
				if (v.position >= group.goals.length) throw badRequest('closing.goals.position');
				if (group.goals[v.position] !== v.goal) throw conflict('closing.goals.stale');
			}
			await tx.groupGoalVerdict.deleteMany({ where: { groupId: access.groupId } });
			await tx.groupGoalVerdict.createMany({
				data: input.verdicts.map((v) => ({
					organizationId: access.organizationId,
					groupId: access.groupId,
					position: v.position,
					goal: v.goal,
					verdict: v.verdict,
					evidence: v.evidence,
					updatedById: viewer.userId
				}))
			});
			return goalsWithVerdicts(tx, access.groupId, group.goals);
		},
		() => ({ action: 'UPDATE', entity: 'GoalVerdicts', entityId: access.groupId, groupId: access.groupId })
	);
}
