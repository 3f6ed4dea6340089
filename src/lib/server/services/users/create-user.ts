import { hashPassword } from 'better-auth/crypto';
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../db/generated/client';
import type { OrgRole } from '../../db/generated/enums';
import type { Viewer } from '../../../domain/viewer';
import { auditRow } from '../audit/record-audit';
import { conflict } from '../../errors';

export interface CreateUserOptions {
	organizationId: string;
	name: string;
	email: string;
	password: string;
	role: OrgRole;
	/** The admin who adds the user: audited with the creation. The seed has none. */
	createdBy?: Viewer;
}

/**
 * better-auth's unique key for a further account with an address that already has one (in another organization).
 * `.invalid` is reserved (RFC 2606): no real address can ever take it.
 */
export function furtherAccountKey(userId: string) {
	return `${userId}@accounts.invalid`;
}

/**
 * Creates a user who signs in with email and password (hashed by better-auth's scrypt), in one organization.
 *
 * Accounts are per organization. An address already in use in the admin's own organization is refused: the admin
 * sees that organization's users anyway. An address in use in another organization gets a new, separate account
 * here, answered exactly like a new address, so an admin learns nothing about who works elsewhere. The two accounts
 * share nothing but the address; signing in finds the one whose password was typed (auth/sign-in.ts).
 */
export async function createUser(prisma: PrismaClient, options: CreateUserOptions) {
	const email = options.email.trim().toLowerCase();
	const assertNewHere = async () => {
		const here = await prisma.membership.findFirst({
			where: { organizationId: options.organizationId, user: { email } },
			select: { id: true }
		});
		if (here) throw conflict('admin.emailTaken');
	};
	await assertNewHere();
	const userId = randomUUID();
	const password = await hashPassword(options.password);
	const write = (authKey: string) =>
		prisma.$transaction([
			prisma.user.create({
				data: { id: userId, name: options.name.trim(), email, authKey, emailVerified: true }
			}),
			prisma.authAccount.create({
				data: { id: randomUUID(), accountId: userId, providerId: 'credential', userId, password }
			}),
			prisma.membership.create({
				data: { organizationId: options.organizationId, userId, role: options.role }
			}),
			...(options.createdBy
				? [
						prisma.auditLog.create({
							data: auditRow(options.createdBy, { action: 'CREATE', entity: 'User', entityId: userId })
						})
					]
				: [])
		]);
	const taken = await prisma.user.findUnique({ where: { authKey: email }, select: { id: true } });
	try {
		await write(taken ? furtherAccountKey(userId) : email);
	} catch (error) {
		// Another account took the address as its key meanwhile: unless it is in this organization, take a further key.
		if (taken || (error as { code?: string }).code !== 'P2002') throw error;
		await assertNewHere();
		await write(furtherAccountKey(userId));
	}
	return { id: userId, email };
}
