import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import type { PlanItemInput } from '../../src/lib/domain/plan';
import { listenOnce } from './support/subscription';
import { onEachDatabase } from './support/databases';
import { block, planWorld } from './support/plan-world';
import { codeOf } from './support/code-of';

onEachDatabase('plans', planWorld, (world) => {
	it('shows the plan with clock start, length and who may edit it', async () => {
		const { as, teenSessions } = world();
		const plan = await as.facilitator.plans.get({ sessionId: teenSessions[3] });
		expect(plan.session.number).toBe(4);
		expect(plan.items[0].kind).toBe('OPENING');
		expect(plan.items.at(-1)?.kind).toBe('CLOSING');
		expect(plan.canEdit).toBe(true);
		expect(plan.session.start.hour).toBeGreaterThanOrEqual(0);
		expect(plan.activities.length).toBeGreaterThan(0);
		expect((await as.supervisor.plans.get({ sessionId: teenSessions[3] })).canEdit).toBe(false);
	});

	it('lets leaders and admins save, supervisors only read, and refuses others', async () => {
		const { as, teenSessions, elderSession, db } = world();
		const sessionId = teenSessions[4];
		const plan = await as.coleader.plans.get({ sessionId });
		const items = [...plan.items, block('BREAK', 10)];
		const saved = await as.coleader.plans.save({
			sessionId,
			baseVersion: plan.session.version,
			baseItems: plan.items,
			items
		});
		expect(saved.version).toBe(plan.session.version + 1);
		expect(saved.merged).toBe(false);
		const stored = await db.prisma.planItem.findMany({
			where: { sessionId },
			orderBy: { position: 'asc' }
		});
		expect(stored.map((i) => i.id)).toEqual(items.map((i) => i.id));

		const args = { sessionId, baseVersion: saved.version, baseItems: items, items: plan.items };
		expect(await codeOf(as.supervisor.plans.save(args))).toBe('FORBIDDEN');
		expect(await codeOf(as.otherAdmin.plans.save(args))).toBe('NOT_FOUND');
		expect(await codeOf(as.otherAdmin.plans.get({ sessionId }))).toBe('NOT_FOUND');
		expect(await codeOf(as.anonymous.plans.get({ sessionId }))).toBe('UNAUTHORIZED');
		// The facilitator leads the teen group only.
		expect(await codeOf(as.facilitator.plans.get({ sessionId: elderSession }))).toBe('FORBIDDEN');
		expect(
			await codeOf(
				as.facilitator.plans.save({ sessionId: elderSession, baseVersion: 1, baseItems: [], items: [] })
			)
		).toBe('FORBIDDEN');
		expect(await codeOf(as.admin.plans.save(args))).toBe('OK');
		expect(await db.prisma.planItem.count({ where: { sessionId } })).toBe(plan.items.length);
	});

	it('refuses bad input and writes nothing', async () => {
		const { as, teenSessions, db, otherOrganizationId } = world();
		const sessionId = teenSessions[5];
		const plan = await as.facilitator.plans.get({ sessionId });
		const base = { sessionId, baseVersion: plan.session.version, baseItems: plan.items };
		const foreign = await db.prisma.activity.create({
			data: {
				organizationId: otherOrganizationId,
				titleZh: '别家的活动',
				titleEn: 'Someone else’s',
				minMinutes: 5,
				maxMinutes: 10,
				defaultMinutes: 5
			}
		});
		const cases: [PlanItemInput[], string][] = [
			[[block('BREAK', 0)], 'BAD_REQUEST'],
			[[block('BREAK', 481)], 'BAD_REQUEST'],
			[[block('BREAK', 10, 'x'.repeat(2001))], 'BAD_REQUEST'],
			[Array.from({ length: 41 }, () => block('BREAK', 1)), 'BAD_REQUEST'],
			[[{ ...block('ACTIVITY', 10), activityId: foreign.id }], 'NOT_FOUND'],
			[[{ ...block('ACTIVITY', 10), activityId: 'doesnotexist' }], 'NOT_FOUND'],
			[[{ ...block('BREAK', 10), activityId: world().nameChain.id }], 'BAD_REQUEST'],
			[
				[block('BREAK', 10), { ...block('BREAK', 5), id: 'same' }, { ...block('BREAK', 5), id: 'same' }],
				'BAD_REQUEST'
			]
		];
		for (const [items, code] of cases)
			expect(await codeOf(as.facilitator.plans.save({ ...base, items }))).toBe(code);
		const after = await as.facilitator.plans.get({ sessionId });
		expect(after.session.version).toBe(plan.session.version);
		expect(after.items).toEqual(plan.items);
	});

	it('merges a change made against an older version when the edits do not clash', async () => {
		const { as, teenSessions } = world();
		const sessionId = teenSessions[6];
		const start = await as.facilitator.plans.get({ sessionId });
		const base = start.items;
		// The co-leader changes the opening's minutes first.
		const theirs = base.map((i, n) => (n === 0 ? { ...i, minutes: i.minutes + 5 } : i));
		const first = await as.coleader.plans.save({
			sessionId,
			baseVersion: start.session.version,
			baseItems: base,
			items: theirs
		});
		// The lead, still on the old version, adds a break and a note on the closing.
		const added = block('BREAK', 10);
		const mine = [...base.slice(0, -1), added, { ...base.at(-1)!, notes: 'thank everyone' }];
		const second = await as.facilitator.plans.save({
			sessionId,
			baseVersion: start.session.version,
			baseItems: base,
			items: mine
		});
		expect(second.merged).toBe(true);
		expect(second.version).toBe(first.version + 1);
		const saved = await as.facilitator.plans.get({ sessionId });
		expect(saved.items[0].minutes).toBe(base[0].minutes + 5);
		expect(saved.items.map((i) => i.id)).toContain(added.id);
		expect(saved.items.at(-1)?.notes).toBe('thank everyone');
		expect(saved.session.version).toBe(second.version);
	});

	it('refuses a clashing change made against an older version with CONFLICT and keeps the saved plan', async () => {
		const { as, teenSessions } = world();
		const sessionId = teenSessions[7];
		const start = await as.facilitator.plans.get({ sessionId });
		const base = start.items;
		const theirs = base.map((i, n) => (n === 1 ? { ...i, minutes: 25 } : i));
		await as.coleader.plans.save({
			sessionId,
			baseVersion: start.session.version,
			baseItems: base,
			items: theirs
		});
		const mine = base.map((i, n) => (n === 1 ? { ...i, minutes: 40 } : i));
		expect(
			await codeOf(
				as.facilitator.plans.save({
					sessionId,
					baseVersion: start.session.version,
					baseItems: base,
					items: mine
				})
			)
		).toBe('CONFLICT');
		const saved = await as.facilitator.plans.get({ sessionId });
		expect(saved.items[1].minutes).toBe(25);
		expect(saved.session.version).toBe(start.session.version + 1);
	});

	it('never loses a write when two leaders save at the same moment', async () => {
		const { as, teenSessions, db } = world();
		const sessionId = teenSessions[2];
		const start = await as.facilitator.plans.get({ sessionId });
		const base = start.items;
		const a = block('WARM_UP', 5, 'from lead');
		const b = block('FREE_TEXT', 7, 'from co-leader');
		const results = await Promise.allSettled([
			as.facilitator.plans.save({
				sessionId,
				baseVersion: start.session.version,
				baseItems: base,
				items: [...base, a]
			}),
			as.coleader.plans.save({
				sessionId,
				baseVersion: start.session.version,
				baseItems: base,
				items: [b, ...base]
			})
		]);
		const saved = await db.prisma.planItem.findMany({ where: { sessionId }, select: { id: true } });
		const ids = saved.map((i) => i.id);
		const fulfilled = results.filter((r) => r.status === 'fulfilled');
		for (const [n, item] of [a, b].entries()) {
			// Each save is either in the plan or was refused with a CONFLICT; never silently dropped.
			if (results[n].status === 'fulfilled') expect(ids).toContain(item.id);
			else expect(((results[n] as PromiseRejectedResult).reason as TRPCError).code).toBe('CONFLICT');
		}
		const session = await db.prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
		expect(session.version).toBe(start.session.version + fulfilled.length);
		// Adding different steps does not clash: both are kept.
		expect(fulfilled).toHaveLength(2);
		const merged = fulfilled.map((r) => (r as PromiseFulfilledResult<{ merged: boolean }>).value.merged);
		expect(merged.sort()).toEqual([false, true]);
		expect(saved).toHaveLength(base.length + 2);
	});

	it('announces a saved version to subscribers', async () => {
		const { as, teenSessions } = world();
		const sessionId = teenSessions[3];
		const events = await listenOnce<{ sessionId: string; version: number }>(
			as.coleader.plans.onChange({ sessionId })
		);
		const plan = await as.facilitator.plans.get({ sessionId });
		const saved = await as.facilitator.plans.save({
			sessionId,
			baseVersion: plan.session.version,
			baseItems: plan.items,
			items: plan.items.map((i, n) => (n === 0 ? { ...i, notes: 'live' } : i))
		});
		expect(await events.next()).toMatchObject({ sessionId, version: saved.version });
		await events.close();
		expect(await codeOf(as.otherAdmin.plans.onChange({ sessionId }))).toBe('NOT_FOUND');
	});

	it('refuses writes to a closed group but still shows its plan', async () => {
		const { as, elderSession, db, elder } = world();
		await db.prisma.group.update({ where: { id: elder.id }, data: { status: 'CLOSED' } });
		try {
			const plan = await as.coleader.plans.get({ sessionId: elderSession });
			expect(plan.canEdit).toBe(false);
			expect(
				await codeOf(
					as.coleader.plans.save({
						sessionId: elderSession,
						baseVersion: plan.session.version,
						baseItems: plan.items,
						items: []
					})
				)
			).toBe('FORBIDDEN');
		} finally {
			await db.prisma.group.update({ where: { id: elder.id }, data: { status: 'RUNNING' } });
		}
	});

	it('suggests introductions and group norms for a first session, and review and farewell for the last', async () => {
		const { as, teenSessions } = world();
		const first = await as.facilitator.plans.suggestions({ sessionId: teenSessions[0] });
		expect(first.every((a) => a.stages.includes('BEGINNING') || a.stages.length === 0)).toBe(true);
		expect(first.map((a) => a.key)).toContain('group-contract');
		const last = await as.facilitator.plans.suggestions({ sessionId: teenSessions[7] });
		expect(last.every((a) => a.stages.includes('ENDING') || a.stages.length === 0)).toBe(true);
		expect(last.map((a) => a.key).some((k) => ['review-and-farewell', 'closing-circle'].includes(k!))).toBe(
			true
		);
	});

	it('lists plans to copy from readable groups only, and saves, lists and deletes templates', async () => {
		const { as, teenSessions, elderSession, nameChain } = world();
		const sources = await as.facilitator.plans.copySources({ sessionId: teenSessions[3] });
		expect(sources.length).toBeGreaterThan(0);
		expect(sources.every((s) => s.group.id === world().teen.id)).toBe(true);
		expect(sources.map((s) => s.id)).not.toContain(teenSessions[3]);
		expect((await as.coleader.plans.copySources({ sessionId: teenSessions[3] })).map((s) => s.id)).toContain(
			elderSession
		);

		const items = [block('OPENING', 5), { ...block('ACTIVITY', 15), activityId: nameChain.id }];
		const template = await as.facilitator.plans.saveTemplate({ name: 'Opening pattern', items });
		const listed = await as.coleader.plans.templates();
		const mineListed = listed.find((t) => t.id === template.id)!;
		expect(mineListed.items.map((i) => i.kind)).toEqual(['OPENING', 'ACTIVITY']);
		expect(mineListed.canDelete).toBe(false);
		expect(await as.otherAdmin.plans.templates()).toEqual([]);
		expect(await codeOf(as.supervisor.plans.templates())).toBe('FORBIDDEN');
		expect(await codeOf(as.coleader.plans.deleteTemplate({ templateId: template.id }))).toBe('FORBIDDEN');
		expect(await codeOf(as.otherAdmin.plans.deleteTemplate({ templateId: template.id }))).toBe('NOT_FOUND');
		expect(await codeOf(as.facilitator.plans.saveTemplate({ name: 'Empty', items: [] }))).toBe('BAD_REQUEST');
		await as.facilitator.plans.deleteTemplate({ templateId: template.id });
		expect((await as.facilitator.plans.templates()).map((t) => t.id)).not.toContain(template.id);
	});
});
