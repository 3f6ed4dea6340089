import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_LENGTH = { min: 8, max: 128 } as const;

export type PasswordProblem = 'auth.passwordTooShort' | 'auth.passwordTooLong' | 'auth.passwordTooCommon';

// zxcvbn's score: 0 and 1 are guessed within a million tries (common passwords, keyboard walks, repeats,
// sequences, dictionary words with digits); 2 is the usual floor for an online service.
const MIN_SCORE = 2;

let checker: ZxcvbnFactory | undefined;

/**
 * The one password policy, for every path that sets a password: length, then zxcvbn's estimate against its
 * offline list of common passwords and words, counting the person's own name and email as known words.
 */
export function passwordProblem(password: string, related: string[] = []): PasswordProblem | null {
	if (password.length < PASSWORD_LENGTH.min) return 'auth.passwordTooShort';
	if (password.length > PASSWORD_LENGTH.max) return 'auth.passwordTooLong';
	checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
	const words = related
		.flatMap((value) => [value, value.split('@')[0], ...value.split(/[\s@._-]+/)])
		.filter((word) => word.length >= 3);
	return checker.check(password, words).score < MIN_SCORE ? 'auth.passwordTooCommon' : null;
}
