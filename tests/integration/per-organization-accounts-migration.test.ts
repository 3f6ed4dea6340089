import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../src/lib/server/db/migrate';
import { PrismaClient } from '../../src/lib/server/db/generated/client';
import { DATABASE_KINDS } from './support/databases';
import { ALL_MIGRATIONS, emptyDatabase, migrationsBefore } from './support/migrations';

const ACCOUNTS_MIGRATION = '20261130070018_per_organization_accounts';

describe.each(DATABASE_KINDS)('per-organization accounts migration (%s)', (kind) => {
	it('keeps every existing account signing in with its address, and lets an address have a second account', async () => {
		const earlier = migrationsBefore(ACCOUNTS_MIGRATION);
		const db = await emptyDatabase(kind);
		const prisma = new PrismaClient({ adapter: db.adapter });
		try {
			await applyMigrations(db.adapter, earlier.dir);
			await prisma.$executeRawUnsafe(
				`INSERT INTO "user" (id, name, email, "updatedAt") VALUES ('u1', 'A', 'a@example.org', now()),
				 ('u2', 'B', 'b@example.org', now())`
			);
			expect(await applyMigrations(db.adapter, ALL_MIGRATIONS)).toContain(ACCOUNTS_MIGRATION);
			const users = await prisma.user.findMany({
				orderBy: { id: 'asc' },
				select: { email: true, authKey: true }
			});
			expect(users).toEqual([
				{ email: 'a@example.org', authKey: 'a@example.org' },
				{ email: 'b@example.org', authKey: 'b@example.org' }
			]);
			await prisma.user.create({
				data: { id: 'u3', name: 'A elsewhere', email: 'a@example.org', authKey: 'u3@accounts.invalid' }
			});
			await expect(
				prisma.user.create({
					data: { id: 'u4', name: 'x', email: 'c@example.org', authKey: 'a@example.org' }
				})
			).rejects.toThrow();
			expect(await prisma.user.count({ where: { email: 'a@example.org' } })).toBe(2);
		} finally {
			await prisma.$disconnect();
			await db.close();
			earlier.remove();
		}
	});
});
