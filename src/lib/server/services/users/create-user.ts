import { hashPassword } from 'better-auth/crypto';
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../db/generated/client';
import type { OrgRole } from '../../db/generated/enums';
import type { Viewer } from '../../../domain/viewer';
import { tooManyRequests } from '../../errors';
import { hitRateLimit } from '../../auth/rate-limit';
import { auditRow } from '../audit/record-audit';
import { conflict } from '../../errors';

export interface CreateUserOptions {
	organizationId: string;
	name: string;
	email: string;
	password: string;
	role: OrgRole;
	/** The admin who adds the user: audited with the creation; how often an email in use is answered to them is limited. The seed has none. */
	createdBy?: Viewer;
}

/**
 * Email addresses are one account each across all organizations, so that an address is in use cannot be hidden
 * from the admin who tries it. The answer does not say where (one key, whether the account is in the admin's own
 * organization or another), and an admin gets only a few such answers an hour, so nobody can sweep a list of
 * addresses to learn who works where.
 */
export const EMAIL_IN_USE_LIMIT = { max: 5, windowMs: 60 * 60_000 };

/** Creates a user who signs in with email and password (hashed by better-auth's scrypt), in one organization. */
export async function createUser(prisma: PrismaClient, options: CreateUserOptions) {
	const email = options.email.trim().toLowerCase();
	const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
	if (existing) {
		if (options.createdBy) {
			const wait = await hitRateLimit(
				prisma,
				[`email-in-use:${options.createdBy.userId}`],
				EMAIL_IN_USE_LIMIT
			);
			if (wait > 0) throw tooManyRequests('admin.emailCheckedTooOften');
		}
		throw conflict('admin.emailTaken');
	}
	const userId = randomUUID();
	const password = await hashPassword(options.password);
	await prisma.$transaction([
		prisma.user.create({ data: { id: userId, name: options.name.trim(), email, emailVerified: true } }),
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
	return { id: userId, email };
}
