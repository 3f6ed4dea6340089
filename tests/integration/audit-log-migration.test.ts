import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../src/lib/server/db/migrate';
import { PrismaClient } from '../../src/lib/server/db/generated/client';
import { DATABASE_KINDS, type DatabaseKind } from './support/databases';
import { adminQuery, databaseUrl } from './support/postgres';

const ACTOR_NAME_MIGRATION = '20261130035951_audit_log_actor_name';

/** An empty database of this kind (no migrations), and how to drop it. */
async function emptyDatabase(kind: DatabaseKind) {
	if (kind === 'pglite') {
		const pglite = new PGlite();
		const adapter = new PrismaPGlite(pglite);
		return { adapter, close: () => pglite.close() };
	}
	const name = `gw_it_${randomBytes(6).toString('hex')}`;
	await adminQuery(`CREATE DATABASE ${name}`);
	return {
		adapter: new PrismaPg({ connectionString: databaseUrl(name) }) as SqlMigrationAwareDriverAdapterFactory,
		close: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
	};
}

describe.each(DATABASE_KINDS)('audit log actor name migration (%s)', (kind) => {
	it('fills the names of rows written before it, and the log stays append-only', async () => {
		const all = path.resolve('prisma/migrations');
		const earlier = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-migrations-'));
		for (const name of fs.readdirSync(all).filter((n) => n < ACTOR_NAME_MIGRATION))
			fs.cpSync(path.join(all, name), path.join(earlier, name), { recursive: true });
		const db = await emptyDatabase(kind);
		const prisma = new PrismaClient({ adapter: db.adapter });
		try {
			await applyMigrations(db.adapter, earlier);
			for (const statement of [
				`INSERT INTO "Organization" (id, name, "updatedAt") VALUES ('org', '机构', now())`,
				`INSERT INTO "user" (id, name, email, "updatedAt") VALUES ('u1', '王社工', 'w@example.org', now())`,
				`INSERT INTO "AuditLog" (id, "organizationId", "userId", action, entity)
				 VALUES ('a1', 'org', 'u1', 'READ', 'MemberRecord'), ('a2', 'org', NULL, 'UPDATE', 'Organization')`
			])
				await prisma.$executeRawUnsafe(statement);
			expect(await applyMigrations(db.adapter, all)).toContain(ACTOR_NAME_MIGRATION);
			const rows = await prisma.auditLog.findMany({ orderBy: { id: 'asc' }, select: { actorName: true } });
			expect(rows.map((r) => r.actorName)).toEqual(['王社工', null]);
			await expect(
				prisma.$executeRawUnsafe(`UPDATE "AuditLog" SET "actorName" = 'x' WHERE id = 'a1'`)
			).rejects.toThrow(/append-only|cannot be changed/);
		} finally {
			await prisma.$disconnect();
			await db.close();
			fs.rmSync(earlier, { recursive: true, force: true });
		}
	});
});
