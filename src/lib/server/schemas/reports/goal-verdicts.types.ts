import { z } from 'zod';
import { goalVerdictSchema } from '../../../domain/vocabularies';

export const goalVerdictInput = z.object({
	/** The goal's place in the group's goals (Group.goals). */
	position: z.number().int().min(0).max(99),
	/** The goal's text as the leader saw it: a goal reworded since then is not judged blindly. */
	goal: z.string().max(2000),
	verdict: goalVerdictSchema,
	evidence: z.string().trim().max(5000).default('')
});

export const saveGoalVerdictsInput = z.object({
	verdicts: z
		.array(goalVerdictInput)
		.max(100)
		.refine((list) => new Set(list.map((v) => v.position)).size === list.length, {
			message: 'closing.goals.position'
		})
});
export type SaveGoalVerdictsInput = z.infer<typeof saveGoalVerdictsInput>;
