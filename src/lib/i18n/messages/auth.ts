import type { Translation } from '../types';

export const zh = {
	'auth.title': '登录',
	'auth.email': '邮箱',
	'auth.password': '密码',
	'auth.submit': '登录',
	'auth.wrongCredentials': '邮箱或密码不正确，请重新输入。',
	'auth.tooMany': '登录尝试过多，请 {n} 秒后再试。',
	'auth.inactive': '该账号已停用，请联系机构管理员。',
	'auth.noOrganization': '该账号尚未加入任何机构，请联系管理员。',
	'auth.demoHint': '演示账号见 README。',
	'auth.passwordTooShort': '密码至少需要 8 位。',
	'auth.passwordTooLong': '密码最多 128 位。',
	'auth.passwordTooCommon': '这个密码太常见或太容易猜到。请换一个更长的密码，不要包含姓名或邮箱。'
} as const;

export const en: Translation<typeof zh> = {
	'auth.title': 'Sign in',
	'auth.email': 'Email',
	'auth.password': 'Password',
	'auth.submit': 'Sign in',
	'auth.wrongCredentials': 'The email or password is not correct. Please try again.',
	'auth.tooMany': 'Too many sign-in attempts. Please try again in {n} seconds.',
	'auth.inactive': 'This account has been deactivated. Please contact your organization’s admin.',
	'auth.noOrganization': 'This account does not belong to an organization yet. Please contact an admin.',
	'auth.demoHint': 'Demo sign-ins are listed in the README.',
	'auth.passwordTooShort': 'The password must have at least 8 characters.',
	'auth.passwordTooLong': 'The password can have at most 128 characters.',
	'auth.passwordTooCommon':
		'This password is too common or too easy to guess. Choose a longer one without the name or email in it.'
};
