import { hashPassword } from 'better-auth/crypto';
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../db/generated/client';
import type { OrgRole } from '../../db/generated/enums';
import { conflict } from '../../errors';

export interface CreateUserOptions {
	organizationId: string;
	name: string;
	email: string;
	password: string;
	role: OrgRole;
}

/** Creates a user who signs in with email and password (hashed by better-auth's scrypt), in one organization. */
export async function createUser(prisma: PrismaClient, options: CreateUserOptions) {
	const email = options.email.trim().toLowerCase();
	const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
	if (existing) throw conflict('admin.emailTaken');
	const userId = randomUUID();
	const password = await hashPassword(options.password);
	await prisma.$transaction([
		prisma.user.create({ data: { id: userId, name: options.name.trim(), email, emailVerified: true } }),
		prisma.authAccount.create({
			data: { id: randomUUID(), accountId: userId, providerId: 'credential', userId, password }
		}),
		prisma.membership.create({
			data: { organizationId: options.organizationId, userId, role: options.role }
		})
	]);
	return { id: userId, email };
}
