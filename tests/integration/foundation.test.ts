import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import type { ZodError } from 'zod';
import { applyMigrations } from '../../src/lib/server/db/migrate';
import { openDatabase } from '../../src/lib/server/db/client';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { codeOf } from './support/code-of';

onEachDatabase(
	'foundation',
	(db) => demoWorld(db.prisma),
	(world) => {
		it('re-runs migrations cleanly: nothing is applied twice', async () => {
			const { db } = world();
			expect(await applyMigrations(db.adapterFactory, path.resolve('prisma/migrations'))).toEqual([]);
			const rows = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(
				'SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL'
			);
			expect(Number(rows[0].n)).toBeGreaterThan(0);
		});

		it('applies a migration script whole and records nothing when it fails', async () => {
			const { db } = world();
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-migrations-'));
			try {
				fs.cpSync(path.resolve('prisma/migrations'), dir, { recursive: true });
				fs.mkdirSync(path.join(dir, '99999999999999_broken'));
				fs.writeFileSync(
					path.join(dir, '99999999999999_broken', 'migration.sql'),
					'CREATE TABLE "BrokenProbe" (id int);\nSELECT no_such_function();\n'
				);
				await expect(applyMigrations(db.adapterFactory, dir)).rejects.toThrow(/no_such_function/);
				const probe = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(
					`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'BrokenProbe'`
				);
				expect(Number(probe[0].n)).toBe(0);
				const recorded = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(
					`SELECT count(*) AS n FROM _prisma_migrations WHERE migration_name = '99999999999999_broken' AND finished_at IS NOT NULL`
				);
				expect(Number(recorded[0].n)).toBe(0);
			} finally {
				fs.rmSync(dir, { recursive: true, force: true });
			}
		});

		it('opens PostgreSQL connections with JIT off (PG_OPTIONS), as the app does', async () => {
			const { db } = world();
			if (db.kind !== 'postgres' || !db.url) return;
			const handle = await openDatabase({ kind: 'postgres', url: db.url });
			try {
				const rows = await handle.prisma.$queryRawUnsafe<{ jit: string }[]>('SHOW jit');
				expect(rows[0].jit).toBe('off');
			} finally {
				await handle.close();
			}
		});

		it('refuses every call from a signed-out caller', async () => {
			const { as, teen } = world();
			expect(await codeOf(as.anonymous.dashboard.get())).toBe('UNAUTHORIZED');
			expect(await codeOf(as.anonymous.groups.get({ groupId: teen.id }))).toBe('UNAUTHORIZED');
		});

		it('shows a facilitator only the groups they lead, and supervisors all of the organization', async () => {
			const { as, teen, elder } = world();
			const mine = await as.facilitator.dashboard.get();
			expect(mine.groups.map((g) => g.id)).toEqual([teen.id]);
			expect((await as.facilitator.groups.list({})).groups.map((g) => g.id)).toEqual([teen.id]);
			const all = await as.supervisor.groups.list({});
			expect(all.groups.map((g) => g.id).sort()).toEqual([teen.id, elder.id].sort());
			expect(all.total).toBe(2);
		});

		it('refuses a facilitator a group they do not lead', async () => {
			const { as, elder } = world();
			expect(await codeOf(as.facilitator.groups.get({ groupId: elder.id }))).toBe('FORBIDDEN');
			expect(await codeOf(as.coleader.groups.get({ groupId: elder.id }))).toBe('OK');
		});

		it('answers another organization’s ids with NOT_FOUND and shows it nothing', async () => {
			const { as, teen } = world();
			expect(await codeOf(as.otherAdmin.groups.get({ groupId: teen.id }))).toBe('NOT_FOUND');
			expect((await as.otherAdmin.groups.list({})).total).toBe(0);
			expect((await as.otherAdmin.dashboard.get()).groups).toEqual([]);
		});

		it('rejects a malformed id with BAD_REQUEST before it reaches the database', async () => {
			const { as } = world();
			expect(await codeOf(as.admin.groups.get({ groupId: "x' OR 1=1 --" }))).toBe('BAD_REQUEST');
			expect(await codeOf(as.admin.groups.get({ groupId: 'a'.repeat(65) }))).toBe('BAD_REQUEST');
		});

		it('shows real names to the group’s leaders only', async () => {
			const { as, teen } = world();
			const asLead = await as.facilitator.groups.get({ groupId: teen.id });
			const asSupervisor = await as.supervisor.groups.get({ groupId: teen.id });
			expect(asLead.enrollments.some((e) => e.member.realName)).toBe(true);
			expect(asSupervisor.enrollments.every((e) => e.member.realName === null)).toBe(true);
			expect(asSupervisor.enrollments.map((e) => e.member.code)).toEqual(
				asLead.enrollments.map((e) => e.member.code)
			);
		});

		it('puts today’s and this week’s sessions on the dashboard with the next session of each group', async () => {
			const { as, teen } = world();
			const dashboard = await as.facilitator.dashboard.get();
			const group = dashboard.groups[0];
			expect(group.nextSession?.number).toBe(4);
			// The demo's teen group enrols ten members, none of whom has left.
			expect(group.activeMembers).toBe(10);
			const listed = await as.facilitator.groups.list({});
			expect(listed.groups[0].activeMembers).toBe(10);
			expect(group.stage).toBe(group.nextSession?.stage);
			// The demo's teen group meets weekly and started three weeks ago today: session 4 is today.
			expect(dashboard.today.map((s) => [s.group.id, s.number])).toEqual([[teen.id, 4]]);
		});

		it('lets an admin add a user and set roles, and nobody else', async () => {
			const { as, db } = world();
			const created = await as.admin.admin.createUser({
				name: 'New Worker',
				email: 'New.Worker@demo.org',
				password: 'long-enough-1',
				role: 'FACILITATOR'
			});
			expect(created.email).toBe('new.worker@demo.org');
			const account = await db.prisma.authAccount.findFirstOrThrow({ where: { userId: created.id } });
			expect(account.password).not.toContain('long-enough-1');
			expect(
				await codeOf(
					as.supervisor.admin.createUser({
						name: 'x',
						email: 'x@demo.org',
						password: 'long-enough-2',
						role: 'ADMIN'
					})
				)
			).toBe('FORBIDDEN');
			expect(
				await codeOf(
					as.admin.admin.createUser({
						name: 'Again',
						email: 'new.worker@demo.org',
						password: 'long-enough-2',
						role: 'ADMIN'
					})
				)
			).toBe('CONFLICT');
			await as.admin.admin.updateMembership({ userId: created.id, role: 'SUPERVISOR' });
			const users = await as.admin.admin.listUsers();
			expect(users.find((u) => u.userId === created.id)?.role).toBe('SUPERVISOR');
			expect(users.every((u) => !u.email.endsWith('other.org'))).toBe(true);
		});

		it('marks the fields a bad input names', async () => {
			const { as } = world();
			const error = await as.admin.admin
				.createUser({ name: '', email: 'not-an-email', password: 'short', role: 'ADMIN' })
				.catch((e: TRPCError) => e);
			expect(error).toBeInstanceOf(TRPCError);
			expect((error as TRPCError).code).toBe('BAD_REQUEST');
			const issues = ((error as TRPCError).cause as ZodError).issues.map((issue) => issue.path.join('.'));
			expect(issues.sort()).toEqual(['email', 'name', 'password']);
		});

		it('never lets the organization lose its last active admin', async () => {
			const { as, users, db } = world();
			expect(
				await codeOf(as.admin.admin.updateMembership({ userId: users.admin, role: 'FACILITATOR' }))
			).toBe('BAD_REQUEST');
			expect(await codeOf(as.admin.admin.updateMembership({ userId: users.admin, active: false }))).toBe(
				'BAD_REQUEST'
			);
			const me = await db.prisma.membership.findFirstOrThrow({ where: { userId: users.admin } });
			expect([me.role, me.active]).toEqual(['ADMIN', true]);
		});

		it('does not let an admin change another organization’s people', async () => {
			const { as, users } = world();
			expect(
				await codeOf(as.otherAdmin.admin.updateMembership({ userId: users.facilitator, role: 'ADMIN' }))
			).toBe('NOT_FOUND');
		});
	}
);
