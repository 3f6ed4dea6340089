import { TRPCError } from '@trpc/server';
import { strFromU8, unzipSync } from 'fflate';
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
		if (!(error instanceof TRPCError || error instanceof AppError))
			return `not a TRPCError: ${String(error)}`;
		return `${error.code} ${error.message.startsWith('[') ? 'invalid input' : error.message}`;
	}
}

function docxText(base64: string) {
	const parts = unzipSync(new Uint8Array(Buffer.from(base64, 'base64')));
	const xml = strFromU8(parts['word/document.xml']);
	return { xml, text: xml.replace(/<[^>]+>/g, '') };
}

onEachDatabase(
	'closing evaluation report',
	async (db) => {
		const world = await demoWorld(db.prisma);
		const group = await db.prisma.group.findUniqueOrThrow({
			where: { id: world.teen.id },
			select: { goals: true, version: true }
		});
		return { ...world, goals: group.goals };
	},
	(world) => {
		it('stores the leaders’ verdict and evidence for each goal, audited', async () => {
			const { as, teen, goals, db } = world();
			expect(goals.length).toBeGreaterThanOrEqual(2);
			const before = await as.facilitator.reports.goalVerdicts({ groupId: teen.id });
			expect(before.canEdit).toBe(true);
			expect(before.goals.map((g) => g.verdict)).toEqual(goals.map(() => null));
			const saved = await as.coleader.reports.saveGoalVerdicts({
				groupId: teen.id,
				verdicts: [
					{ position: 0, goal: goals[0], verdict: 'ACHIEVED', evidence: '情绪量表平均分提升 2.1 分' },
					{ position: 1, goal: goals[1], verdict: 'PARTLY_ACHIEVED', evidence: '组员能说出两种调节方法' }
				]
			});
			expect(saved.slice(0, 2).map((g) => g.verdict)).toEqual(['ACHIEVED', 'PARTLY_ACHIEVED']);
			const read = await as.supervisor.reports.goalVerdicts({ groupId: teen.id });
			expect(read.canEdit).toBe(false);
			expect(read.goals[1].evidence).toBe('组员能说出两种调节方法');
			expect(
				await db.prisma.auditLog.count({
					where: { entity: 'GoalVerdicts', action: 'UPDATE', groupId: teen.id }
				})
			).toBe(1);
		});

		it('refuses a verdict on a goal that reads differently now, an unknown goal, or a supervisor, changing nothing', async () => {
			const { as, teen, goals, db } = world();
			const count = () => db.prisma.groupGoalVerdict.count({ where: { groupId: teen.id } });
			const before = await count();
			const verdict = (position: number, goal: string) => ({
				groupId: teen.id,
				verdicts: [{ position, goal, verdict: 'NOT_ACHIEVED' as const, evidence: '' }]
			});
			expect(await codeOf(as.facilitator.reports.saveGoalVerdicts(verdict(0, '旧的目标')))).toBe(
				'CONFLICT closing.goals.stale'
			);
			expect(await codeOf(as.facilitator.reports.saveGoalVerdicts(verdict(goals.length, 'x')))).toBe(
				'BAD_REQUEST closing.goals.position'
			);
			expect(
				await codeOf(
					as.facilitator.reports.saveGoalVerdicts({
						groupId: teen.id,
						verdicts: [verdict(0, goals[0]).verdicts[0], verdict(0, goals[0]).verdicts[0]]
					})
				)
			).toBe('BAD_REQUEST invalid input');
			expect(
				await codeOf(
					as.facilitator.reports.saveGoalVerdicts({
						groupId: teen.id,
						verdicts: [{ position: 0, goal: goals[0], verdict: 'DONE' as 'ACHIEVED', evidence: '' }]
					})
				)
			).toBe('BAD_REQUEST invalid input');
			expect(await codeOf(as.supervisor.reports.saveGoalVerdicts(verdict(0, goals[0])))).toBe(
				'FORBIDDEN errors.FORBIDDEN'
			);
			expect(await count()).toBe(before);
			expect((await as.facilitator.reports.goalVerdicts({ groupId: teen.id })).goals[0].verdict).toBe(
				'ACHIEVED'
			);
		});

		it('writes goals with verdicts and evidence, the group’s dates, intervals in brackets and a sign-off block', async () => {
			const { as, teen, goals, db } = world();
			const report = await as.supervisor.reports.closingReport({ groupId: teen.id, reflection: '' });
			const { text, xml } = docxText(report.base64);
			expect(text).toContain(`1. ${goals[0]}`);
			expect(text).toContain('Achieved');
			expect(text).toContain('Partly achieved');
			expect(text).toContain('组员能说出两种调节方法');
			// Goals without a verdict read as not assessed.
			if (goals.length > 2) expect(text).toContain('Not assessed');

			const done = await db.prisma.session.findMany({
				where: { groupId: teen.id, status: 'DONE' },
				orderBy: { scheduledAt: 'asc' },
				select: { scheduledAt: true }
			});
			const day = new Intl.DateTimeFormat('en', {
				timeZone: 'Asia/Shanghai',
				year: 'numeric',
				month: 'long',
				day: 'numeric'
			});
			expect(text).toContain(
				`Dates: ${day.format(done[0].scheduledAt)} to ${day.format(done.at(-1)!.scheduledAt)} (${done.length} sessions held)`
			);

			const outcomes = await as.supervisor.reports.outcomes({ groupId: teen.id });
			const withChange = outcomes.measures.find((m) => m.change && m.change.n > 1)!;
			const bound = (v: number) => (v < 0 ? `\u2212${Math.abs(v).toFixed(2)}` : v.toFixed(2));
			expect(text).toContain(`[${bound(withChange.change!.low)}, ${bound(withChange.change!.high)}]`);
			expect(text).not.toMatch(/\d – -?\d/);

			expect(text).toContain('5. Sign-off');
			expect(text).toContain('Supervisor');
			expect(text).toContain('张社工');
			expect(text).toContain('陈社工');
			expect(text.match(/____ \/ __ \/ __/g)).toHaveLength(3);
			// Headings stay with what follows them; table rows do not split.
			expect(xml).toContain('<w:keepNext/>');
			expect(xml).toContain('<w:cantSplit/>');
		});

		it('writes the report in Chinese for a Chinese reader', async () => {
			const { db, teen, users } = world();
			const user = await db.prisma.user.findUniqueOrThrow({ where: { id: users.facilitator } });
			const zh = createCaller({
				prisma: db.prisma,
				viewer: await viewerFor(db.prisma, user),
				locale: 'zh-CN'
			});
			const { text } = docxText(
				(await zh.reports.closingReport({ groupId: teen.id, reflection: '' })).base64
			);
			expect(text).toContain('结案评估报告');
			expect(text).toContain('部分达成');
			expect(text).toContain('五、签署');
			expect(text).toContain('督导');
			expect(text).toContain('____年__月__日');
		});

		it('shows a goal reworded after its verdict as not assessed', async () => {
			const { as, teen, db } = world();
			const group = await db.prisma.group.findUniqueOrThrow({
				where: { id: teen.id },
				select: { goals: true }
			});
			await db.prisma.group.update({
				where: { id: teen.id },
				data: { goals: [`${group.goals[0]}（修订）`, ...group.goals.slice(1)] }
			});
			const read = await as.facilitator.reports.goalVerdicts({ groupId: teen.id });
			expect(read.goals[0].verdict).toBeNull();
			expect(read.goals[1].verdict).toBe('PARTLY_ACHIEVED');
		});
	}
);
