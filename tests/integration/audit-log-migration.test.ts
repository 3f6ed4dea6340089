import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../src/lib/server/db/migrate';
import { PrismaClient } from '../../src/lib/server/db/generated/client';
import { DATABASE_KINDS } from './support/databases';
import { ALL_MIGRATIONS, emptyDatabase, migrationsBefore } from './support/migrations';

const ACTOR_NAME_MIGRATION = '20261130035951_audit_log_actor_name';

describe.each(DATABASE_KINDS)('audit log actor name migration (%s)', (kind) => {
	it('fills the names of rows written before it, and the log stays append-only', async () => {
		const earlier = migrationsBefore(ACTOR_NAME_MIGRATION);
		const db = await emptyDatabase(kind);
		const prisma = new PrismaClient({ adapter: db.adapter });
		try {
			await applyMigrations(db.adapter, earlier.dir);
			for (const statement of [
				`INSERT INTO "Organization" (id, name, "updatedAt") VALUES ('org', '机构', now())`,
				`INSERT INTO "user" (id, name, email, "updatedAt") VALUES ('u1', '王社工', 'w@example.org', now())`,
				`INSERT INTO "AuditLog" (id, "organizationId", "userId", action, entity)
				 VALUES ('a1', 'org', 'u1', 'READ', 'MemberRecord'), ('a2', 'org', NULL, 'UPDATE', 'Organization')`
			])
				await prisma.$executeRawUnsafe(statement);
			expect(await applyMigrations(db.adapter, ALL_MIGRATIONS)).toContain(ACTOR_NAME_MIGRATION);
			const rows = await prisma.auditLog.findMany({ orderBy: { id: 'asc' }, select: { actorName: true } });
			expect(rows.map((r) => r.actorName)).toEqual(['王社工', null]);
			await expect(
				prisma.$executeRawUnsafe(`UPDATE "AuditLog" SET "actorName" = 'x' WHERE id = 'a1'`)
			).rejects.toThrow(/append-only|cannot be changed/);
		} finally {
			await prisma.$disconnect();
			await db.close();
			earlier.remove();
		}
	});
});
