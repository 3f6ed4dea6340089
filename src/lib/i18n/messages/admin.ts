import type { Translation } from '../types';

export const zh = {
	'admin.title': '机构管理',
	'admin.users': '用户与角色',
	'admin.addUser': '添加用户',
	'admin.name': '姓名',
	'admin.email': '邮箱',
	'admin.password': '初始密码（至少 8 位）',
	'admin.role': '角色',
	'admin.status': '状态',
	'admin.active': '在职',
	'admin.inactive': '已停用',
	'admin.deactivate': '停用',
	'admin.activate': '启用',
	'admin.deactivateWho': '停用：{name}',
	'admin.activateWho': '启用：{name}',
	'admin.groupsLed': '带领小组',
	'admin.created': '已添加用户 {email}。',
	'admin.updated': '已更新。',
	'admin.emailTaken': '该邮箱已被使用。',
	'admin.lastAdmin': '机构至少需要保留一位在职管理员。',
	'admin.you': '（你）'
} as const;

export const en: Translation<typeof zh> = {
	'admin.title': 'Administration',
	'admin.users': 'Users and roles',
	'admin.addUser': 'Add a user',
	'admin.name': 'Name',
	'admin.email': 'Email',
	'admin.password': 'Initial password (at least 8 characters)',
	'admin.role': 'Role',
	'admin.status': 'Status',
	'admin.active': 'Active',
	'admin.inactive': 'Deactivated',
	'admin.deactivate': 'Deactivate',
	'admin.activate': 'Activate',
	'admin.deactivateWho': 'Deactivate: {name}',
	'admin.activateWho': 'Activate: {name}',
	'admin.groupsLed': 'Groups led',
	'admin.created': 'Added {email}.',
	'admin.updated': 'Updated.',
	'admin.emailTaken': 'This email is already in use.',
	'admin.lastAdmin': 'The organization must keep at least one active admin.',
	'admin.you': '(you)'
};
