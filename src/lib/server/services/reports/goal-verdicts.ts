import type { Prisma, PrismaClient } from '../../db/generated/client';
import type { GoalVerdict } from '../../../domain/vocabularies';

export interface GoalWithVerdict {
	position: number;
	goal: string;
	/** null: not judged yet, or judged when the goal read differently. */
	verdict: GoalVerdict | null;
	evidence: string;
}

/**
 * Each goal of the group with the leaders' verdict and evidence. A verdict counts only for the goal's text it was
 * given for: a goal reworded since is shown as not judged.
 */
export async function goalsWithVerdicts(
	db: PrismaClient | Prisma.TransactionClient,
	groupId: string,
	goals: string[]
): Promise<GoalWithVerdict[]> {
	const verdicts = await db.groupGoalVerdict.findMany({
		where: { groupId },
		select: { position: true, goal: true, verdict: true, evidence: true }
	});
	const byPosition = new Map(verdicts.map((v) => [v.position, v]));
	return goals.map((goal, position) => {
		const judged = byPosition.get(position);
		const current = judged && judged.goal === goal ? judged : null;
		return { position, goal, verdict: current?.verdict ?? null, evidence: current?.evidence ?? '' };
	});
}
