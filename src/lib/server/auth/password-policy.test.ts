import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
	it.each(['aaaaaaaa', '12345678', 'password', 'qwertyuiop', 'iloveyou1', 'Password1', '11111111111'])(
		'refuses the common or trivial password %j',
		(password) => expect(passwordProblem(password)).toBe('auth.passwordTooCommon')
	);

	it('refuses a password made of the person’s own name or email', () => {
		expect(passwordProblem('zhangwei2024', ['Zhang Wei', 'zhangwei@demo.org'])).toBe(
			'auth.passwordTooCommon'
		);
	});

	it('refuses passwords that are too short or too long', () => {
		expect(passwordProblem('k#8Lq2')).toBe('auth.passwordTooShort');
		expect(passwordProblem('x'.repeat(129))).toBe('auth.passwordTooLong');
	});

	it.each(['long-enough-1', '7fj#kd9Lq', 'correct horse battery', '晴天小组-活动记录'])(
		'accepts %j',
		(password) => expect(passwordProblem(password)).toBeNull()
	);
});
