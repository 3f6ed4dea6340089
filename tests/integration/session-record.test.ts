import { docxText } from './support/docx';
import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { AppError } from '../../src/lib/server/errors';
import { createCaller } from '../../src/lib/server/routers';
import { viewerFor } from '../../src/lib/server/trpc/context';

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

onEachDatabase(
	'session process record',
	async (db) => {
		const world = await demoWorld(db.prisma);
		// Session 2 of the teen group was run: attendance, notes, a conflict between two members, a debrief.
		const session = await db.prisma.session.findFirstOrThrow({
			where: { groupId: world.teen.id, number: 2 },
			select: { id: true, number: true }
		});
		const members = await db.prisma.member.findMany({
			where: { enrollments: { some: { groupId: world.teen.id } }, realName: { not: null } },
			select: { id: true, code: true, realName: true }
		});
		return { ...world, session, members };
	},
	(world) => {
		it('shows the plan as run, attendance, notes and debrief, with real names to the group’s lead', async () => {
			const { as, teen, session, members } = world();
			const record = await as.facilitator.sessionRecords.get({ sessionId: session.id, groupId: teen.id });
			expect(record.session.number).toBe(2);
			expect(record.timeZone).toBe('Asia/Shanghai');
			expect(record.leaders.map((l) => l.name)).toContain('张社工');
			expect(record.plan.items.length).toBeGreaterThan(0);
			expect(record.plan.items[0].startClock).toMatch(/^\d\d:\d\d$/);
			expect(record.attendance.length).toBeGreaterThan(0);
			expect(record.attendance.every((a) => a.status !== null)).toBe(true);
			expect(record.interactions).toHaveLength(8);
			expect(record.conflicts).toHaveLength(1);
			expect(record.conflicts[0].members).toHaveLength(2);
			expect(record.observations).toHaveLength(1);
			expect(record.debrief?.wentWell).toMatch(/组员/);
			const named = record.attendance.filter((a) => a.member.realName !== null);
			expect(named.length).toBeGreaterThan(0);
			expect(named.map((a) => a.member.realName)).toEqual(
				expect.arrayContaining([members.find((m) => m.code === named[0].member.code)?.realName])
			);
		});

		it('builds the Word record with the same content, names only for the lead, and audits the export', async () => {
			const { as, teen, session, members, db } = world();
			const lead = docxText(
				(await as.facilitator.sessionRecords.export({ sessionId: session.id, groupId: teen.id })).base64
			);
			const supervisorExport = await as.supervisor.sessionRecords.export({
				sessionId: session.id,
				groupId: teen.id
			});
			const supervisor = docxText(supervisorExport.base64);
			for (const doc of [lead, supervisor]) {
				expect(doc.text).toContain('Session process record');
				expect(doc.text).toContain('2. Session plan as run');
				expect(doc.text).toContain('7. Debrief');
				expect(doc.text).toContain('What went well');
				expect(doc.text).toContain('带领者暂停活动，请双方各自说明想法，并回顾小组规范。');
				expect(doc.text).toContain(members[0].code);
			}
			const realNames = members.map((m) => m.realName!);
			expect(realNames.some((name) => lead.text.includes(name))).toBe(true);
			for (const name of realNames) expect(supervisor.text).not.toContain(name);
			expect(supervisorExport.filename).toMatch(/Session 2-Session process record\.docx$/);
			expect(
				await db.prisma.auditLog.count({
					where: { entity: 'SessionRecord', action: 'EXPORT', entityId: session.id }
				})
			).toBe(2);
			// The notes read through the record are audited per member, as on the run screen.
			expect(
				await db.prisma.auditLog.count({
					where: { entity: 'SessionRecord', action: 'READ', memberId: { not: null }, groupId: teen.id }
				})
			).toBeGreaterThan(0);
		});

		it('keeps headings with their content and repeats table headers in the Word record', async () => {
			const { as, teen, session } = world();
			const { xml } = docxText(
				(await as.supervisor.sessionRecords.export({ sessionId: session.id, groupId: teen.id })).base64
			);
			const heading = xml.match(/<w:p>(?:(?!<\/w:p>).)*?Heading1(?:(?!<\/w:p>).)*?<\/w:p>/)?.[0] ?? '';
			expect(heading).toContain('<w:keepNext/>');
			expect(heading).toContain('<w:keepLines/>');
			expect(xml).toContain('<w:tblHeader/>');
			expect(xml).toContain('<w:cantSplit/>');
		});

		it('writes the record in Chinese for a Chinese reader', async () => {
			const { db, teen, session, users } = world();
			const user = await db.prisma.user.findUniqueOrThrow({ where: { id: users.supervisor } });
			const zh = createCaller({
				prisma: db.prisma,
				viewer: await viewerFor(db.prisma, user),
				locale: 'zh-CN'
			});
			const { text, filename } = await zh.sessionRecords
				.export({ sessionId: session.id, groupId: teen.id })
				.then((d) => ({ ...docxText(d.base64), filename: d.filename }));
			expect(text).toContain('小组活动过程记录');
			expect(text).toContain('二、活动过程');
			expect(text).toContain('做得好的地方');
			expect(filename).toContain('第 2 节');
		});

		it('does not find a session through another group, nor for another organization', async () => {
			const { as, teen, elder, session } = world();
			expect(
				await codeOf(as.supervisor.sessionRecords.get({ sessionId: session.id, groupId: elder.id }))
			).toBe('NOT_FOUND errors.NOT_FOUND');
			expect(
				await codeOf(as.otherAdmin.sessionRecords.export({ sessionId: session.id, groupId: teen.id }))
			).toBe('NOT_FOUND errors.NOT_FOUND');
			// The co-leader reads it as the lead does.
			expect(await codeOf(as.coleader.sessionRecords.get({ sessionId: session.id, groupId: teen.id }))).toBe(
				'OK'
			);
		});
	}
);
