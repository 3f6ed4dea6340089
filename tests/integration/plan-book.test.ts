import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { buildPlanDocx } from '../../src/lib/server/services/exports/plan-docx';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { codeOf } from './support/code-of';

type World = Awaited<ReturnType<typeof demoWorld>>;

function teenDesign(world: World, overrides: Record<string, unknown> = {}) {
	return {
		name: '情绪小组',
		theme: 'TEEN_EMOTION',
		targetPopulation: '初二学生',
		background: '',
		needs: '',
		strengths: '',
		goals: ['学会两种情绪调节方法'],
		recruitmentCriteria: '',
		evaluationMethod: '',
		venue: '活动室',
		capacity: 10,
		startDate: '2026-03-02',
		weekday: 3,
		startTime: '15:00',
		sessionMinutes: 90,
		sessionCount: 6,
		leaders: [{ userId: world.users.facilitator, role: 'LEAD' as const }],
		fromTemplate: true,
		...overrides
	};
}

async function editable(world: World, groupId: string) {
	const form = await world.as.facilitator.groups.forEdit({ groupId });
	const {
		id: _id,
		leaders: _l,
		doneSessions: _d,
		timeZone: _t,
		customThemes: _c,
		canSetLeaders: _s,
		...fields
	} = form;
	return { ...fields, groupId };
}

onEachDatabase(
	'plan book (小组计划书)',
	(db) => demoWorld(db.prisma),
	(world) => {
		it('saves theoretical basis, staffing, budget and risks with the design, and builds the plan book from them', async () => {
			const w = world();
			const { id } = await w.as.facilitator.groups.create(
				teenDesign(w, { theoreticalBasis: '认知行为理论', staffing: '带领者：张社工' })
			);
			const fields = await editable(w, id);
			expect(fields).toMatchObject({
				theoreticalBasis: '认知行为理论',
				staffing: '带领者：张社工',
				budget: []
			});
			await w.as.facilitator.groups.update({
				...fields,
				staffing: '带领者：张社工\n志愿者：协助签到',
				budget: [
					{ item: '活动物资', amount: 300.5 },
					{ item: '茶点', amount: 120 }
				],
				risks: '活动室在二楼，提前检查消防通道。'
			});

			const doc = await w.as.facilitator.groups.planDocument({ groupId: id });
			expect(doc.theoreticalBasis).toBe('认知行为理论');
			expect(doc.budget).toEqual([
				{ item: '活动物资', amount: 300.5 },
				{ item: '茶点', amount: 120 }
			]);
			expect(doc.budgetTotal).toBe(420.5);
			expect(doc.risks).toBe('活动室在二楼，提前检查消防通道。');
			// Built from the planned activities: the group contract needs flip-chart paper in session 1; the
			// activities' risk notes come with the sessions that use them. The test callers read English.
			expect(doc.materials).toContainEqual({ item: 'Flip-chart paper', sessions: [1] });
			const contract = doc.activityRisks.find((r) => r.activity === 'Group contract');
			expect(contract?.sessions).toEqual([1]);
			expect(contract?.risks).toMatch(/confidentiality/i);
			// Each session states its goals (from the template, in the creator's language).
			for (const session of doc.sessions) expect(session.goals.trim()).not.toBe('');

			const body = strFromU8(
				unzipSync(new Uint8Array(await buildPlanDocx(doc, 'zh-CN')))['word/document.xml']
			);
			for (const text of [
				'二、理论依据',
				'认知行为理论',
				'六、人员分工',
				'志愿者：协助签到',
				'八、物资清单',
				'九、经费预算',
				'活动物资',
				'¥420.50',
				'十、风险预估与应对',
				'提前检查消防通道',
				'本节目标'
			])
				expect(body, text).toContain(text);
		});

		it('keeps the plan book parts when an update leaves them out', async () => {
			const w = world();
			const { id } = await w.as.facilitator.groups.create(
				teenDesign(w, { theoreticalBasis: '社会学习理论' })
			);
			const {
				theoreticalBasis: _b,
				staffing: _s,
				budget: _g,
				risks: _r,
				...withoutPlanBook
			} = await editable(w, id);
			await w.as.facilitator.groups.update({ ...withoutPlanBook, venue: '新场地' });
			expect((await editable(w, id)).theoreticalBasis).toBe('社会学习理论');
		});

		it('refuses a bad budget line and changes nothing', async () => {
			const w = world();
			const { id } = await w.as.facilitator.groups.create(teenDesign(w));
			const fields = await editable(w, id);
			for (const budget of [
				[{ item: '物资', amount: -5 }],
				[{ item: '物资', amount: 10.123 }],
				[{ item: '', amount: 10 }],
				[{ item: '物资', amount: Number.NaN }],
				Array.from({ length: 31 }, (_, i) => ({ item: `项目${i}`, amount: 1 }))
			])
				expect(
					await codeOf(w.as.facilitator.groups.update({ ...fields, budget, staffing: '改了' })),
					JSON.stringify(budget).slice(0, 40)
				).toBe('BAD_REQUEST');
			const after = await editable(w, id);
			expect([after.budget, after.staffing, after.version]).toEqual([[], '', fields.version]);
		});
		it('edits the theme and goals of sessions that have not run, and refuses to rewrite one that has', async () => {
			const w = world();
			const form = await w.as.coleader.groups.forEdit({ groupId: w.elder.id });
			const {
				id: _id,
				leaders: _l,
				doneSessions,
				timeZone: _t,
				customThemes: _c,
				canSetLeaders: _s,
				...fields
			} = form;
			expect(doneSessions).toBe(2);
			expect(form.sessionOutlines.map((o) => o.done)).toEqual([true, true, false, false, false, false]);
			const outlines = form.sessionOutlines.map(({ number, title, goals }) => ({ number, title, goals }));
			const changed = outlines.map((o) =>
				o.number === 3 ? { ...o, title: '手工坊', goals: '1. 一起完成一件作品' } : o
			);
			const { version } = await w.as.coleader.groups.update({
				...fields,
				groupId: w.elder.id,
				sessionOutlines: changed
			});
			const after = await w.as.coleader.groups.forEdit({ groupId: w.elder.id });
			expect(after.sessionOutlines[2]).toMatchObject({ title: '手工坊', goals: '1. 一起完成一件作品' });

			const rewrite = changed.map((o) => (o.number === 1 ? { ...o, goals: '改写已完成的节次' } : o));
			const refused = w.as.coleader.groups.update({
				...fields,
				version,
				groupId: w.elder.id,
				venue: '别处',
				sessionOutlines: rewrite
			});
			expect(await codeOf(refused)).toBe('BAD_REQUEST');
			const unchanged = await w.as.coleader.groups.forEdit({ groupId: w.elder.id });
			expect(unchanged.sessionOutlines).toEqual(after.sessionOutlines);
			expect([unchanged.venue, unchanged.version]).toEqual([after.venue, version]);
		});
	}
);
