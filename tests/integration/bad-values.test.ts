// One bad value must never break anything for others: a poisoned stored date, a member name that is JSON
// punctuation, saves racing each other, a batch of hundreds of calls, and spreadsheet formulas in exported text.
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { createI18n } from '../../src/lib/i18n';
import { viewerFor } from '../../src/lib/server/trpc/context';
import { handleTrpcRequest } from '../../src/lib/server/trpc/http';
import { onEachDatabase } from './support/databases';
import { callerFor } from './support/callers';
import { block, planWorld } from './support/plan-world';
import { codeOf } from './support/code-of';

/** Cells of every row of a CSV the app wrote (byte-order mark removed). */
function cellsOf(csv: string): string[] {
	const text = csv.replace(/^\uFEFF/, '');
	return Papa.parse<string[]>(text, { skipEmptyLines: true }).data.flat();
}

/** Cells a spreadsheet would run as a formula: text starting with = + - @ tab or CR (numbers are fine). */
const formulaCells = (cells: string[]) =>
	cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !Number.isFinite(Number(cell)));

onEachDatabase('one bad value', planWorld, (world) => {
	it('keeps the dashboard and the conflicts page working with an unreadable stored date, and lets it be fixed', async () => {
		const { as, db, teen, teenSessions } = world();
		const enrollment = await db.prisma.enrollment.findFirstOrThrow({ where: { groupId: teen.id } });
		const created = await as.facilitator.conflicts.create({
			sessionId: teenSessions[0],
			memberIds: [enrollment.memberId],
			type: 'OTHER',
			severity: 2,
			description: 'poisoned follow-up date',
			followUpAt: new Date('2026-12-01T00:00:00Z')
		});
		// As the old schema let it in: a year JavaScript can write but not read back.
		await db.prisma.$executeRawUnsafe(
			`UPDATE "ConflictLog" SET "followUpAt" = '275760-09-13 00:00:00' WHERE id = $1`,
			created.id
		);
		const i18n = createI18n('en', 'Asia/Shanghai');
		const dashboard = await as.facilitator.dashboard.get();
		for (const f of dashboard.followUps) expect(typeof i18n.date(f.followUpAt!)).toBe('string');
		const list = await as.facilitator.conflicts.list({ groupId: teen.id });
		const poisoned = list.conflicts.find((c) => c.id === created.id)!;
		expect(i18n.date(poisoned.followUpAt!)).toBe('—');
		expect(i18n.dateTime(poisoned.followUpAt!)).toBe('—');

		await as.facilitator.conflicts.update({
			groupId: teen.id,
			conflictId: created.id,
			version: poisoned.version,
			memberIds: [enrollment.memberId],
			type: 'OTHER',
			severity: 2,
			description: 'fixed from the page',
			followUpAt: new Date('2026-12-02T00:00:00Z')
		});
		const fixed = await db.prisma.conflictLog.findUniqueOrThrow({ where: { id: created.id } });
		expect(fixed.followUpAt?.toISOString()).toBe('2026-12-02T00:00:00.000Z');
	});

	it('erases a member whatever their stored name holds, JSON punctuation included', async () => {
		const { as, db, teen } = world();
		const name = '", "';
		const enrollment = await db.prisma.enrollment.findFirstOrThrow({
			where: { groupId: teen.id, member: { erasedAt: null } },
			include: { member: true }
		});
		await db.prisma.member.update({ where: { id: enrollment.memberId }, data: { realName: name } });
		const debrief = await db.prisma.debrief.findFirstOrThrow({
			where: { session: { groupId: teen.id } },
			select: { id: true, sections: true }
		});
		const sections = debrief.sections as Record<string, string>;
		await db.prisma.debrief.update({
			where: { id: debrief.id },
			data: { sections: { ...sections, concerns: `said ${name} and a \\ backslash` } }
		});
		const erased = await as.admin.records.erase({
			memberId: enrollment.memberId,
			confirmCode: enrollment.member.code
		});
		expect(erased.code).toMatch(/^ERASED-/);
		const after = await db.prisma.debrief.findUniqueOrThrow({ where: { id: debrief.id } });
		const text = after.sections as Record<string, string>;
		expect(text.concerns).toBe('said *** and a \\ backslash');
		expect(text.wentWell).toBe(sections.wentWell);
	});

	it('answers every one of 12 simultaneous stale plan saves with a result or a retryable CONFLICT', async () => {
		const { as, teenSessions, db } = world();
		const sessionId = teenSessions[3];
		const start = await as.facilitator.plans.get({ sessionId });
		const steps = Array.from({ length: 12 }, (_, n) => block('FREE_TEXT', 5, `step ${n}`));
		const outcomes = await Promise.all(
			steps.map(async (step, n) => {
				const caller = n % 2 ? as.coleader : as.facilitator;
				try {
					await caller.plans.save({
						sessionId,
						baseVersion: start.session.version,
						baseItems: start.items,
						items: [...start.items, step]
					});
					return 'OK';
				} catch (error) {
					return codeOf(Promise.reject(error));
				}
			})
		);
		for (const outcome of outcomes) expect(['OK', 'CONFLICT']).toContain(outcome);
		const saved = await db.prisma.planItem.findMany({ where: { sessionId }, select: { id: true } });
		const ids = saved.map((i) => i.id);
		steps.forEach((step, n) => {
			if (outcomes[n] === 'OK') expect(ids).toContain(step.id);
		});
	});

	it('refuses a batch of hundreds of calls in one request with a 400, and serves a normal batch', async () => {
		const { db, users } = world();
		const user = await db.prisma.user.findUniqueOrThrow({ where: { id: users.facilitator } });
		const context = { prisma: db.prisma, viewer: await viewerFor(db.prisma, user), locale: 'en' as const };
		const batch = async (calls: number) => {
			const paths = Array.from({ length: calls }, () => 'me.get').join(',');
			const input = encodeURIComponent(JSON.stringify({}));
			const response = await handleTrpcRequest(
				new Request(`http://localhost/api/trpc/${paths}?batch=1&input=${input}`),
				() => context
			);
			return { status: response.status, body: await response.text() };
		};
		const huge = await batch(650);
		expect(huge.status).toBe(400);
		expect(huge.body).toContain('errors.batchTooLarge');
		expect((await batch(4)).status).toBe(200);
	});

	it('writes no spreadsheet formula into the audit CSV or the archive CSVs', async () => {
		const { as, db, elder, users } = world();
		const session = await db.prisma.session.findFirstOrThrow({ where: { groupId: elder.id, number: 1 } });
		const enrollment = await db.prisma.enrollment.findFirstOrThrow({
			where: { groupId: elder.id, member: { consentScope: { has: 'NOTES' } } }
		});
		await as.coleader.conflicts.create({
			sessionId: session.id,
			memberIds: [enrollment.memberId],
			type: 'OTHER',
			severity: 1,
			description: '=HYPERLINK("http://evil.example","click")',
			handling: '+1+cmd|calc'
		});
		await as.coleader.observations.create({
			sessionId: session.id,
			memberId: null,
			note: '@SUM(1+1)',
			tags: []
		});
		await db.prisma.enrollment.update({ where: { id: enrollment.id }, data: { leaveReason: '-2+3' } });
		await db.prisma.user.update({ where: { id: users.coleader }, data: { name: '=1+1' } });
		await db.prisma.group.update({ where: { id: elder.id }, data: { name: '\t=cmd' } });
		const group = await db.prisma.group.findUniqueOrThrow({ where: { id: elder.id } });
		const renamed = await callerFor(db.prisma, users.coleader);
		await renamed.archive.close({ groupId: elder.id, closingSummary: 'closed', version: group.version });

		const audit = await as.admin.audit.exportCsv({});
		expect(cellsOf(audit.csv)).toContain("'=1+1");
		expect(formulaCells(cellsOf(audit.csv))).toEqual([]);

		const archive = await as.supervisor.archive.export({ groupId: elder.id });
		const files = unzipSync(new Uint8Array(Buffer.from(archive.base64, 'base64')));
		const csvs = Object.entries(files).filter(([name]) => name.endsWith('.csv'));
		const all = csvs.flatMap(([, bytes]) => cellsOf(strFromU8(bytes)));
		for (const text of ['=HYPERLINK', '+1+cmd', '@SUM', '-2+3'])
			expect(all.some((cell) => cell.startsWith(`'${text}`))).toBe(true);
		for (const [name, bytes] of csvs) expect(formulaCells(cellsOf(strFromU8(bytes))), name).toEqual([]);
	});
});
