import { TRPCError } from '@trpc/server';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, it } from 'vitest';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { listProcedures } from './support/procedures';
import { AppError } from '../../src/lib/server/errors';

async function codeOf(promise: Promise<unknown>) {
	try {
		await promise;
		return 'OK';
	} catch (error) {
		return error instanceof TRPCError || error instanceof AppError
			? `${error.code} ${error.message}`
			: `not a TRPCError: ${String(error)}`;
	}
}

/** The demo world plus one observation about M-001 in the elder group (which the teen facilitator does not lead). */
async function recordsWorld(prisma: Parameters<typeof demoWorld>[0]) {
	const world = await demoWorld(prisma);
	const both = await prisma.member.findFirstOrThrow({
		where: { organizationId: world.organizationId, code: 'M-001' }
	});
	const elderOnly = await prisma.member.findFirstOrThrow({
		where: { organizationId: world.organizationId, code: 'M-011' }
	});
	const elderSession = await prisma.session.findFirstOrThrow({
		where: { groupId: world.elder.id, number: 1 }
	});
	const elderObservation = await prisma.observation.create({
		data: {
			organizationId: world.organizationId,
			groupId: world.elder.id,
			sessionId: elderSession.id,
			memberId: both.id,
			note: 'ELDER-ONLY observation about M-001',
			tags: ['代际'],
			createdById: world.users.coleader
		}
	});
	return { ...world, both, elderOnly, elderObservation };
}

onEachDatabase(
	'member records (一人一档)',
	(db) => recordsWorld(db.prisma),
	(world) => {
		it('gathers one member’s record across both groups they joined, for a supervisor', async () => {
			const { as, both, teen, elder } = world();
			const record = await as.supervisor.records.get({ memberId: both.id });
			expect(record.enrollments.map((e) => e.groupId).sort()).toEqual([teen.id, elder.id].sort());
			expect(record.enrollments.every((e) => e.canReadNotes)).toBe(true);
			expect(record.entries.some((e) => e.groupId === teen.id && e.kind === 'ATTENDANCE')).toBe(true);
			expect(record.entries.some((e) => e.kind === 'MEASURE')).toBe(true);
			expect(record.entries.some((e) => e.kind === 'CONFLICT')).toBe(true);
			expect(record.entries.some((e) => e.kind === 'OBSERVATION' && e.groupId === elder.id)).toBe(true);
			expect(record.member.intakeNeeds).not.toBe('');
			expect(record.member.consentScope).toContain('NOTES');
		});

		it('shows a facilitator the other group’s enrollment line but none of its notes', async () => {
			const { as, both, elder, teen } = world();
			const record = await as.facilitator.records.get({ memberId: both.id });
			const elderLine = record.enrollments.find((e) => e.groupId === elder.id)!;
			expect(elderLine).toBeDefined();
			expect(elderLine.canReadNotes).toBe(false);
			expect(record.enrollments.find((e) => e.groupId === teen.id)!.canReadNotes).toBe(true);
			expect(record.entries.some((e) => e.groupId === elder.id)).toBe(false);
			expect(JSON.stringify(record)).not.toContain('ELDER-ONLY');
			// The elder group's leader sees it.
			const asElderLead = await as.coleader.records.get({ memberId: both.id });
			expect(asElderLead.entries.some((e) => e.kind === 'OBSERVATION' && e.groupId === elder.id)).toBe(true);
		});

		it('shows the real name and contact only to leaders of one of the member’s groups', async () => {
			const { as, both } = world();
			expect((await as.facilitator.records.get({ memberId: both.id })).member.realName).toBe(both.realName);
			expect((await as.supervisor.records.get({ memberId: both.id })).member.realName).toBeNull();
			expect((await as.admin.records.get({ memberId: both.id })).member.realName).toBeNull();
			expect((await as.admin.records.get({ memberId: both.id })).member.contact).toBeNull();
		});

		it('refuses a facilitator the record of a member of groups they do not lead, and another organization', async () => {
			const { as, elderOnly, both } = world();
			expect(await codeOf(as.facilitator.records.get({ memberId: elderOnly.id }))).toBe(
				'FORBIDDEN errors.FORBIDDEN'
			);
			expect(await codeOf(as.otherAdmin.records.get({ memberId: both.id }))).toBe(
				'NOT_FOUND errors.NOT_FOUND'
			);
			expect(await codeOf(as.anonymous.records.get({ memberId: both.id }))).toMatch(/^UNAUTHORIZED/);
		});

		it('filters the record by group, kind and date range', async () => {
			const { as, both, teen, elder } = world();
			const onlyElder = await as.supervisor.records.get({ memberId: both.id, groupId: elder.id });
			expect(onlyElder.entries.length).toBeGreaterThan(0);
			expect(onlyElder.entries.every((e) => e.groupId === elder.id)).toBe(true);
			const onlyAttendance = await as.supervisor.records.get({ memberId: both.id, kinds: ['ATTENDANCE'] });
			expect(onlyAttendance.entries.length).toBeGreaterThan(0);
			expect(onlyAttendance.entries.every((e) => e.kind === 'ATTENDANCE')).toBe(true);
			const all = await as.supervisor.records.get({ memberId: both.id, groupId: teen.id });
			const dates = all.entries.map((e) => e.date.getTime()).sort((a, b) => a - b);
			const middle = new Date(dates[Math.floor(dates.length / 2)]);
			const later = await as.supervisor.records.get({ memberId: both.id, groupId: teen.id, from: middle });
			expect(later.entries.length).toBeGreaterThan(0);
			expect(later.entries.length).toBeLessThan(all.entries.length);
			expect(later.entries.every((e) => e.date >= middle)).toBe(true);
			const none = await as.supervisor.records.get({
				memberId: both.id,
				from: new Date('2001-01-01'),
				to: new Date('2001-12-31')
			});
			expect(none.entries).toEqual([]);
		});

		it('audits every read of a record with the member’s id, and shows it in the audit log by code', async () => {
			const { as, both, db, users } = world();
			const before = await db.prisma.auditLog.count({ where: { memberId: both.id, action: 'READ' } });
			await as.supervisor.records.get({ memberId: both.id });
			const rows = await db.prisma.auditLog.findMany({
				where: { memberId: both.id, action: 'READ' },
				orderBy: { createdAt: 'desc' }
			});
			expect(rows.length).toBe(before + 1);
			expect(rows[0].userId).toBe(users.supervisor);
			const log = await as.admin.audit.list({
				memberCode: 'M-001',
				userId: users.supervisor,
				action: 'READ'
			});
			expect(log.total).toBeGreaterThan(0);
			expect(log.rows[0]).toMatchObject({ memberCode: 'M-001', userName: '李督导', entity: 'MemberRecord' });
			expect(log.rows.every((r) => r.memberId === both.id)).toBe(true);
		});

		it('lists members: a facilitator sees the members of groups they lead, supervisors the organization', async () => {
			const { as, elderOnly } = world();
			const mine = await as.facilitator.records.listMembers({});
			expect(mine.total).toBe(10);
			expect(mine.members.some((m) => m.id === elderOnly.id)).toBe(false);
			expect(mine.members.find((m) => m.code === 'M-001')!.groups).toHaveLength(2);
			const all = await as.supervisor.records.listMembers({});
			expect(all.total).toBe(19);
			expect(all.members.every((m) => m.realName === null)).toBe(true);
			expect(
				(await as.supervisor.records.listMembers({ search: 'm-01' })).members.map((m) => m.code)
			).toEqual(['M-010', 'M-011', 'M-012', 'M-013', 'M-014', 'M-015', 'M-016', 'M-017', 'M-018', 'M-019']);
			expect((await as.otherAdmin.records.listMembers({})).total).toBe(0);
		});

		it('exports a record as JSON and as a Word document, audited as EXPORT', async () => {
			const { as, both, db } = world();
			const json = await as.supervisor.records.export({ memberId: both.id, format: 'json' });
			const data = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8'));
			expect(data.member.code).toBe('M-001');
			expect(data.enrollments).toHaveLength(2);
			expect(data.entries.length).toBeGreaterThan(0);
			const docx = await as.supervisor.records.export({ memberId: both.id, format: 'docx' });
			const files = unzipSync(new Uint8Array(Buffer.from(docx.base64, 'base64')));
			expect(strFromU8(files['word/document.xml'])).toContain('M-001');
			expect(await db.prisma.auditLog.count({ where: { memberId: both.id, action: 'EXPORT' } })).toBe(2);
		});

		it('lets admins and supervisors read the audit log, paginated and as CSV with a BOM, and nobody change it', async () => {
			const { as } = world();
			expect(await codeOf(as.facilitator.audit.list({}))).toBe('FORBIDDEN errors.FORBIDDEN');
			const page = await as.supervisor.audit.list({ pageSize: 2, page: 1 });
			expect(page.rows).toHaveLength(2);
			expect(page.total).toBeGreaterThan(2);
			const second = await as.supervisor.audit.list({ pageSize: 2, page: 2 });
			expect(second.rows.map((r) => r.id)).not.toContain(page.rows[0].id);
			const csv = await as.admin.audit.exportCsv({ memberCode: 'M-001' });
			expect(csv.csv.startsWith('\uFEFFtime,user,email,action')).toBe(true);
			expect(csv.csv).toContain('M-001');
			const auditProcedures = listProcedures().filter((p) => p.path.startsWith('audit.'));
			expect(auditProcedures.length).toBeGreaterThan(0);
			expect(auditProcedures.every((p) => p.type === 'query')).toBe(true);
		});

		it('keeps audit rows append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused', async () => {
			const { db, organizationId } = world();
			const row = await db.prisma.auditLog.create({
				data: { organizationId, action: 'READ', entity: 'Member', entityId: 'append-only-check' }
			});
			const refused = async (sql: string, ...params: string[]) => {
				try {
					await db.prisma.$executeRawUnsafe(sql, ...params);
					return 'executed';
				} catch (error) {
					return String((error as Error).message);
				}
			};
			const update = `UPDATE "AuditLog" SET action = 'DELETE' WHERE id = $1`;
			expect(await refused(update, row.id)).toMatch(/cannot be changed or removed/);
			expect(await refused(`DELETE FROM "AuditLog" WHERE id = $1`, row.id)).toMatch(
				/cannot be changed or removed/
			);
			expect(await refused(`TRUNCATE "AuditLog"`)).toMatch(/cannot be changed or removed/);
			const after = await db.prisma.auditLog.findUniqueOrThrow({ where: { id: row.id } });
			expect(after.action).toBe('READ');
		});

		it('saves organization settings with a valid IANA time zone and refuses bad ones, admins only', async () => {
			const { as, db, organizationId } = world();
			const settings = {
				name: '阳光社工服务中心',
				defaultLocale: 'en' as const,
				timeZone: 'Asia/Hong_Kong',
				defaultSessionMinutes: 75,
				customThemes: ['社区融入', '残障人士支持']
			};
			expect(await codeOf(as.supervisor.organization.update(settings))).toBe('FORBIDDEN errors.FORBIDDEN');
			await as.admin.organization.update(settings);
			expect(await as.facilitator.organization.get()).toMatchObject(settings);
			for (const bad of [
				{ ...settings, timeZone: 'Mars/Olympus' },
				{ ...settings, timeZone: 'asia shanghai' },
				{ ...settings, defaultSessionMinutes: 5 },
				{ ...settings, customThemes: ['A', 'A'] },
				{ ...settings, name: 'x'.repeat(101) }
			])
				expect(await codeOf(as.admin.organization.update(bad))).toMatch(/^BAD_REQUEST/);
			expect(await db.prisma.organization.findUniqueOrThrow({ where: { id: organizationId } })).toMatchObject(
				settings
			);
			expect(
				await db.prisma.auditLog.count({
					where: { entity: 'Organization', action: 'UPDATE', organizationId }
				})
			).toBe(1);
		});

		it('never locks the organization out of its last admin; a deactivated leader’s groups keep their history', async () => {
			const { as, users, db, teen } = world();
			expect(await codeOf(as.admin.admin.updateMembership({ userId: users.admin, active: false }))).toBe(
				'BAD_REQUEST admin.lastAdmin'
			);
			expect(await codeOf(as.admin.admin.updateMembership({ userId: users.admin, role: 'SUPERVISOR' }))).toBe(
				'BAD_REQUEST admin.lastAdmin'
			);
			await as.admin.admin.updateMembership({ userId: users.facilitator, active: false });
			expect(
				await db.prisma.groupLeader.count({ where: { userId: users.facilitator, groupId: teen.id } })
			).toBe(1);
			expect((await as.supervisor.groups.get({ groupId: teen.id })).leaders.map((l) => l.userId)).toContain(
				users.facilitator
			);
			await as.admin.admin.updateMembership({ userId: users.facilitator, active: true });
		});
	}
);

onEachDatabase(
	'archive (归档)',
	(db) => demoWorld(db.prisma),
	(world) => {
		it('closes a group with a summary, then refuses every change to it and exports it as a zip', async () => {
			const { as, elder, db } = world();
			const group = await db.prisma.group.findUniqueOrThrow({ where: { id: elder.id } });
			expect(
				await codeOf(
					as.facilitator.archive.close({ groupId: elder.id, closingSummary: 'x', version: group.version })
				)
			).toBe('FORBIDDEN errors.FORBIDDEN');
			expect(await codeOf(as.coleader.archive.export({ groupId: elder.id }))).toBe(
				'BAD_REQUEST archive.notClosed'
			);
			expect(
				await codeOf(
					as.coleader.archive.close({ groupId: elder.id, closingSummary: 'x', version: group.version + 5 })
				)
			).toBe('CONFLICT archive.stale');
			await as.coleader.archive.close({
				groupId: elder.id,
				closingSummary: '组员之间建立了固定的聚会，转介社区长者中心继续跟进。',
				version: group.version
			});
			const closed = await db.prisma.group.findUniqueOrThrow({ where: { id: elder.id } });
			expect(closed.status).toBe('CLOSED');
			expect(closed.closedAt).not.toBeNull();
			expect(closed.closingSummary).toContain('转介');

			// Read-only from now on.
			expect(
				await codeOf(
					as.coleader.archive.close({ groupId: elder.id, closingSummary: 'again', version: closed.version })
				)
			).toBe('FORBIDDEN errors.groupClosed');
			const session = await db.prisma.session.findFirstOrThrow({ where: { groupId: elder.id, number: 1 } });
			const member = await db.prisma.enrollment.findFirstOrThrow({ where: { groupId: elder.id } });
			const notesBefore = await db.prisma.interactionNote.count({ where: { groupId: elder.id } });
			expect(
				await codeOf(
					as.coleader.interactions.create({
						sessionId: session.id,
						fromMemberId: member.memberId,
						toMemberId: null,
						kind: 'SUPPORTS',
						note: ''
					})
				)
			).toBe('FORBIDDEN errors.groupClosed');
			expect(
				await codeOf(
					as.admin.observations.create({ sessionId: session.id, memberId: null, note: 'late note', tags: [] })
				)
			).toBe('FORBIDDEN errors.groupClosed');
			expect(await db.prisma.interactionNote.count({ where: { groupId: elder.id } })).toBe(notesBefore);

			// Listed as archived; still readable.
			expect((await as.supervisor.archive.list({})).groups.map((g) => g.id)).toEqual([elder.id]);
			expect((await as.facilitator.archive.list({})).groups).toEqual([]);
			expect((await as.supervisor.groups.get({ groupId: elder.id })).status).toBe('CLOSED');

			// Exported as a whole: CSVs by code, never real names, and the closing report.
			const archive = await as.supervisor.archive.export({ groupId: elder.id });
			const files = unzipSync(new Uint8Array(Buffer.from(archive.base64, 'base64')));
			expect(Object.keys(files).sort()).toEqual(
				[
					'attendance.csv',
					'closing-evaluation-report.docx',
					'conflicts.csv',
					'measure-responses.csv',
					'members.csv',
					'notes.csv',
					'report.docx',
					'sessions.csv'
				].sort()
			);
			const members = strFromU8(files['members.csv']);
			expect([...files['members.csv'].slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			expect(members).toContain('M-011');
			const names = await db.prisma.member.findMany({
				where: { enrollments: { some: { groupId: elder.id } }, realName: { not: null } },
				select: { realName: true }
			});
			for (const [name, file] of Object.entries(files).filter(([n]) => n.endsWith('.csv')))
				for (const { realName } of names) expect(strFromU8(file), name).not.toContain(realName);
			const attendanceRows = strFromU8(files['attendance.csv']).trim().split('\r\n').length - 1;
			expect(attendanceRows).toBe(
				await db.prisma.attendance.count({ where: { session: { groupId: elder.id } } })
			);
			expect(strFromU8(unzipSync(files['report.docx'])['word/document.xml'])).toContain('转介');
			const evaluation = strFromU8(unzipSync(files['closing-evaluation-report.docx'])['word/document.xml']);
			expect(evaluation).toContain('转介');
			for (const { realName } of names) expect(evaluation).not.toContain(realName);
			expect(
				await db.prisma.auditLog.count({
					where: { groupId: elder.id, action: 'EXPORT', entity: 'GroupArchive' }
				})
			).toBe(1);
		});
	}
);
