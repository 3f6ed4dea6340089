import { z } from 'zod';
import { orgRoleSchema } from '../../../domain/vocabularies';
import { idSchema } from '../id';
import { PASSWORD_LENGTH, passwordProblem } from '../../auth/password-policy';

export const createUserInput = z
	.object({
		name: z.string().trim().min(1).max(100),
		email: z.email('errors.field.invalid').max(200),
		// The length is marked on its own, also when another field is wrong (the check below then does not run).
		password: z
			.string()
			.min(PASSWORD_LENGTH.min, 'auth.passwordTooShort')
			.max(PASSWORD_LENGTH.max, 'auth.passwordTooLong'),
		role: orgRoleSchema
	})
	.superRefine((input, ctx) => {
		const problem = passwordProblem(input.password, [input.name, input.email]);
		// The length is already marked above.
		if (problem === 'auth.passwordTooCommon')
			ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
	});

export const updateMembershipInput = z
	.object({ userId: idSchema, role: orgRoleSchema.optional(), active: z.boolean().optional() })
	.refine((input) => input.role !== undefined || input.active !== undefined, 'errors.field.required');

export const unlockSignInInput = z.object({ userId: idSchema });
