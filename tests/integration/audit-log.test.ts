import * as Y from 'yjs';
import { expect, it } from 'vitest';
import type { PrismaClient } from '../../src/lib/server/db/generated/client';
import { fromBase64, toBase64 } from '../../src/lib/domain/debrief';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditEntity } from '../../src/lib/domain/audit';
import { onEachDatabase, type TestDatabase } from './support/databases';
import { callerFor, demoWorld, type Caller } from './support/callers';

type World = Awaited<ReturnType<typeof auditWorld>>;

async function auditWorld(prisma: PrismaClient) {
	const world = await demoWorld(prisma);
	const sessions = await prisma.session.findMany({
		where: { groupId: world.teen.id },
		orderBy: { number: 'asc' },
		select: { id: true }
	});
	const members = (
		await prisma.enrollment.findMany({
			where: { groupId: world.teen.id, leftAt: null },
			orderBy: { member: { code: 'asc' } },
			select: { memberId: true }
		})
	).map((e) => e.memberId);
	return { ...world, sessionId: sessions[3].id, members };
}

/** Every row of every table the app writes, hashed: equal before and after means nothing was left behind. */
async function fingerprint(prisma: PrismaClient) {
	const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
		`SELECT table_name AS name FROM information_schema.tables
		 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
		 ORDER BY table_name`
	);
	// One statement for all tables: a round trip per table made this suite one of the slowest.
	const rows = await prisma.$queryRawUnsafe<{ name: string; n: bigint; h: string | null }[]>(
		tables
			.map(
				({ name }, i) =>
					`SELECT ${i} AS i, '${name}' AS name, count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${name}" t`
			)
			.join('\nUNION ALL\n') + '\nORDER BY i'
	);
	return rows.map((row) => `${row.name}:${row.n}:${row.h}`);
}

async function withTrigger(prisma: PrismaClient, create: string, table: string, run: () => Promise<void>) {
	await prisma.$executeRawUnsafe(
		`CREATE OR REPLACE FUNCTION audit_probe_fail() RETURNS trigger LANGUAGE plpgsql AS $$
		 BEGIN RAISE EXCEPTION 'audit probe: refused'; END; $$`
	);
	await prisma.$executeRawUnsafe(create);
	try {
		await run();
	} finally {
		await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS audit_probe ON "${table}"`);
	}
}

/** The audit insert fails: the audited change must roll back with it. */
const failAuditInsert = (prisma: PrismaClient, run: () => Promise<void>) =>
	withTrigger(
		prisma,
		`CREATE TRIGGER audit_probe BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION audit_probe_fail()`,
		'AuditLog',
		run
	);

/**
 * The change fails: no audit row may remain. On PostgreSQL it fails when its transaction commits, after the audit
 * row was written. PGlite's adapter does not report an error raised at COMMIT of an interactive transaction, so
 * there the change fails as it is written.
 */
const failWrite = (db: TestDatabase, table: string, run: () => Promise<void>) =>
	withTrigger(
		db.prisma,
		`CREATE CONSTRAINT TRIGGER audit_probe AFTER INSERT OR UPDATE OR DELETE ON "${table}"
		 ${db.kind === 'postgres' ? 'DEFERRABLE INITIALLY DEFERRED' : ''} FOR EACH ROW
		 EXECUTE FUNCTION audit_probe_fail()`,
		table,
		run
	);

/** A Yjs update that adds a sentence to the debrief as the caller has it now. */
async function debriefEdit(caller: Caller, sessionId: string) {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, fromBase64((await caller.debriefs.get({ sessionId })).state));
	const before = Y.encodeStateVector(doc);
	doc.getText('wentWell').insert(0, '组员主动分享。');
	return toBase64(Y.encodeStateAsUpdate(doc, before));
}

const key = () => `audit-${Math.random().toString(36).slice(2)}`;

interface AuditedWrite {
	area: string;
	/** The table the change writes (a failure there must leave no audit row). */
	table: string;
	entity: AuditEntity;
	/** Returns the call to make; prepared from the current state, so it can be made again. */
	prepare: (w: World & { db: { prisma: PrismaClient } }) => Promise<() => Promise<unknown>>;
}

const WRITES: AuditedWrite[] = [
	{
		area: 'groups',
		table: 'Group',
		entity: 'GroupLeader',
		prepare: async ({ db, as, teen }) => {
			const group = await db.prisma.group.findUniqueOrThrow({
				where: { id: teen.id },
				select: { version: true, leaders: { select: { userId: true, role: true } } }
			});
			return () =>
				as.facilitator.groups.setLeaders({
					groupId: teen.id,
					version: group.version,
					leaders: group.leaders
				});
		}
	},
	{
		area: 'members',
		table: 'Enrollment',
		entity: 'Member',
		prepare:
			async ({ as, teen, members }) =>
			() =>
				as.facilitator.members.withdraw({ groupId: teen.id, memberId: members[9], reason: '搬家' })
	},
	{
		area: 'records',
		table: 'Member',
		entity: 'Consent',
		prepare: async ({ db, as, members }) => {
			const m = await db.prisma.member.findUniqueOrThrow({ where: { id: members[8] } });
			return () =>
				as.facilitator.records.updateConsent({
					memberId: m.id,
					version: m.version,
					scopes: m.consentScope as ('PARTICIPATION' | 'NOTES' | 'MEASURES')[]
				});
		}
	},
	{
		area: 'organization',
		table: 'Organization',
		entity: 'Organization',
		prepare: async ({ as }) => {
			const o = await as.admin.organization.get();
			return () =>
				as.admin.organization.update({
					name: o.name,
					defaultLocale: o.defaultLocale as 'zh-CN' | 'en',
					timeZone: o.timeZone,
					defaultSessionMinutes: o.defaultSessionMinutes,
					customThemes: o.customThemes
				});
		}
	},
	{
		area: 'admin',
		table: 'Membership',
		entity: 'Membership',
		prepare:
			async ({ as, users }) =>
			() =>
				as.admin.admin.updateMembership({ userId: users.supervisor, active: true })
	},
	{
		area: 'conflicts',
		table: 'ConflictLog',
		entity: 'ConflictLog',
		prepare:
			async ({ as, sessionId, members }) =>
			() =>
				as.facilitator.conflicts.create({
					sessionId,
					memberIds: [members[2], members[3]],
					type: 'EXCLUSION',
					severity: 2,
					description: '分组时发生争执。',
					handling: '重新分组。',
					resolved: true,
					followUpAt: null
				})
	},
	{
		area: 'interactions',
		table: 'InteractionNote',
		entity: 'InteractionNote',
		prepare:
			async ({ as, sessionId, members }) =>
			() =>
				as.facilitator.interactions.create({
					sessionId,
					fromMemberId: members[2],
					toMemberId: null,
					kind: 'SUPPORTS',
					note: ''
				})
	},
	{
		area: 'observations',
		table: 'Observation',
		entity: 'Observation',
		prepare:
			async ({ as, sessionId }) =>
			() =>
				as.facilitator.observations.create({ sessionId, memberId: null, note: '气氛轻松', tags: [] })
	},
	{
		area: 'sessions',
		table: 'Session',
		entity: 'Session',
		prepare:
			async ({ as, sessionId }) =>
			() =>
				as.facilitator.sessions.finish({ sessionId, status: 'DONE' })
	},
	{
		area: 'attendance',
		table: 'Attendance',
		entity: 'Attendance',
		prepare: async ({ as, sessionId, members }) => {
			const changes = [{ key: key(), memberId: members[0], status: 'LATE' as const, minutesLate: 5 }];
			return () => as.facilitator.attendance.mark({ sessionId, changes });
		}
	},
	{
		area: 'measures',
		table: 'MeasureResponse',
		entity: 'MeasureResponse',
		prepare: async ({ db, as, teen, sessionId, members }) => {
			const rating = await db.prisma.measure.findUniqueOrThrow({ where: { key: 'goal-rating' } });
			return () =>
				as.facilitator.measures.save({
					groupId: teen.id,
					memberId: members[1],
					point: 'SESSION',
					sessionId,
					scores: [{ measureId: rating.id, itemScores: [8] }]
				});
		}
	},
	{
		area: 'plans',
		table: 'Session',
		entity: 'SessionPlan',
		prepare: async ({ as, sessionId }) => {
			const plan = await as.facilitator.plans.get({ sessionId });
			return () =>
				as.facilitator.plans.save({
					sessionId,
					baseVersion: plan.session.version,
					baseItems: plan.items,
					items: [...plan.items].reverse()
				});
		}
	},
	{
		area: 'debriefs',
		table: 'Debrief',
		entity: 'Debrief',
		prepare: async ({ as, sessionId }) => {
			// The co-leader's edit makes sure the debrief exists (its edits are audited per person).
			await as.coleader.debriefs.update({
				sessionId,
				clientId: 'co',
				update: await debriefEdit(as.coleader, sessionId)
			});
			const update = await debriefEdit(as.facilitator, sessionId);
			return () => as.facilitator.debriefs.update({ sessionId, clientId: 'audit', update });
		}
	},
	{
		area: 'debrief comments',
		table: 'DebriefComment',
		entity: 'DebriefComment',
		prepare:
			async ({ as, sessionId }) =>
			() =>
				as.supervisor.debriefs.comment({ sessionId, body: '请留意组员的情绪变化。' })
	},
	{
		area: 'archive',
		table: 'Group',
		entity: 'GroupClosed',
		prepare: async ({ db, as, elder }) => {
			const { version } = await db.prisma.group.findUniqueOrThrow({ where: { id: elder.id } });
			return () =>
				as.coleader.archive.close({ groupId: elder.id, closingSummary: '目标基本达成。', version });
		}
	}
];

onEachDatabase(
	'audit log',
	(db) => auditWorld(db.prisma),
	(world) => {
		for (const write of WRITES) {
			it(`${write.area}: the change and its audit row are written together or not at all`, async () => {
				const w = world();
				const prisma = w.db.prisma;
				const call = await write.prepare(w);
				const before = await fingerprint(prisma);

				await failAuditInsert(prisma, async () => {
					await expect(call()).rejects.toThrow();
				});
				expect(await fingerprint(prisma)).toEqual(before);

				await failWrite(w.db, write.table, async () => {
					await expect(call()).rejects.toThrow();
				});
				expect(await fingerprint(prisma)).toEqual(before);

				const since = new Date(Date.now() - 1000);
				await call();
				const rows = await prisma.auditLog.findMany({
					where: { createdAt: { gte: since }, entity: write.entity },
					select: { action: true, actorName: true, userId: true }
				});
				expect(rows.length).toBeGreaterThan(0);
				expect(rows.every((r) => r.actorName !== null && r.userId !== null)).toBe(true);
			});
		}

		it('audits debrief edits once per writer per debrief within the window, not per keystroke', async () => {
			const { db, as, teen, users } = world();
			const session = await db.prisma.session.findFirstOrThrow({ where: { groupId: teen.id, number: 6 } });
			const rows = (userId: string) =>
				db.prisma.auditLog.count({
					where: { userId, entity: 'Debrief', action: 'UPDATE', groupId: teen.id }
				});
			const [lead, co] = [await rows(users.facilitator), await rows(users.coleader)];
			for (let i = 0; i < 3; i++)
				await as.facilitator.debriefs.update({
					sessionId: session.id,
					clientId: 'lead',
					update: await debriefEdit(as.facilitator, session.id)
				});
			await as.coleader.debriefs.update({
				sessionId: session.id,
				clientId: 'co',
				update: await debriefEdit(as.coleader, session.id)
			});
			expect(await rows(users.facilitator)).toBe(lead + 1);
			expect(await rows(users.coleader)).toBe(co + 1);
		});

		it('audits every download: plan, calendar, comparison, statistics, member record, report, archive, log', async () => {
			const { db, as, teen, elder, members } = world();
			const since = new Date(Date.now() - 1000);
			await as.facilitator.groups.exportPlan({ groupId: teen.id, format: 'docx' });
			await as.facilitator.groups.exportPlan({ groupId: teen.id, format: 'ics' });
			await as.supervisor.supervision.exportCompare({});
			await as.supervisor.supervision.exportStatistics({ from: '2025-01-01', to: '2025-12-31' });
			await as.facilitator.records.export({ memberId: members[0], format: 'json' });
			await as.facilitator.reports.closingReport({ groupId: teen.id, reflection: '' });
			// The archive suite above closed the elder group; an archive exports only a closed group.
			await as.coleader.archive.export({ groupId: elder.id });
			await as.admin.audit.exportCsv({});
			const rows = await db.prisma.auditLog.findMany({
				where: { action: 'EXPORT', createdAt: { gte: since } },
				select: { entity: true }
			});
			expect(new Set(rows.map((r) => r.entity))).toEqual(
				new Set([
					'PlanDocument',
					'SessionCalendar',
					'GroupComparison',
					'ServiceStatistics',
					'MemberRecord',
					'ClosingReport',
					'GroupArchive',
					'AuditLog'
				])
			);
			// Reading the plan on its page is not an export.
			await as.facilitator.groups.planDocument({ groupId: teen.id });
			expect(await db.prisma.auditLog.count({ where: { action: 'EXPORT', createdAt: { gte: since } } })).toBe(
				rows.length
			);
		});

		it('shows and exports the actor’s name as it was when they acted, after a rename', async () => {
			const { db, as, users } = world();
			const before = await db.prisma.user.findUniqueOrThrow({ where: { id: users.facilitator } });
			await as.facilitator.observations.create({
				sessionId: world().sessionId,
				memberId: null,
				note: '一',
				tags: []
			});
			await db.prisma.user.update({ where: { id: users.facilitator }, data: { name: '新名字' } });
			try {
				const renamed = await callerFor(db.prisma, users.facilitator);
				await renamed.observations.create({
					sessionId: world().sessionId,
					memberId: null,
					note: '二',
					tags: []
				});
				const log = await as.admin.audit.list({ userId: users.facilitator, page: 1, pageSize: 2 });
				expect(log.rows.map((r) => r.userName)).toEqual(['新名字', before.name]);
				const csv = await as.admin.audit.exportCsv({ userId: users.facilitator });
				const lines = csv.csv.split('\r\n');
				expect(lines[1]).toContain('新名字');
				expect(lines[2]).toContain(before.name);
			} finally {
				await db.prisma.user.update({ where: { id: users.facilitator }, data: { name: before.name } });
			}
		});

		it('writes only the audit vocabulary, which the viewer translates', async () => {
			const { db } = world();
			const used = await db.prisma.auditLog.groupBy({ by: ['action', 'entity'] });
			expect(used.length).toBeGreaterThan(10);
			for (const { action, entity } of used) {
				expect(AUDIT_ACTIONS).toContain(action);
				expect(AUDIT_ENTITIES).toContain(entity);
			}
		});
	}
);
