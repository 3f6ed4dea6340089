// plans.save writes an edit of the current version in one statement that checks access, bumps the version and
// replaces the items; anything else (an older version, an activity outside the library) goes through the
// transaction that merges. These tests hold the statement to what the transaction guaranteed.
import { randomUUID } from 'node:crypto';
import { afterEach, expect, it, vi } from 'vitest';
import { onEachDatabase } from './support/databases';
import { block, planWorld } from './support/plan-world';
import { codeOf } from './support/code-of';

onEachDatabase(
	'plans saved in one statement',
	async (db) => {
		const world = await planWorld(db);
		const foreign = await db.prisma.activity.create({
			data: {
				organizationId: world.otherOrganizationId,
				titleZh: '别家的活动',
				titleEn: 'Someone else’s',
				minMinutes: 5,
				maxMinutes: 10,
				defaultMinutes: 5
			}
		});
		return { ...world, foreign };
	},
	(world) => {
		afterEach(() => vi.restoreAllMocks());

		/** What is stored for a session, to compare before and after a refused save. */
		async function stored(sessionId: string) {
			const { db } = world();
			const session = await db.prisma.session.findUniqueOrThrow({
				where: { id: sessionId },
				select: { version: true, updatedAt: true }
			});
			const items = await db.prisma.planItem.findMany({ where: { sessionId }, orderBy: { position: 'asc' } });
			return { ...session, items };
		}

		it('saves the same item ids twice in a row, each time in one statement without a transaction', async () => {
			const { as, teenSessions, db, nameChain, organizationId } = world();
			const sessionId = teenSessions[1];
			const plan = await as.facilitator.plans.get({ sessionId });
			const transactions = vi.spyOn(db.prisma, '$transaction');
			const first = [...plan.items, { ...block('ACTIVITY', 12), activityId: nameChain.id }];
			const saved = await as.facilitator.plans.save({
				sessionId,
				baseVersion: plan.session.version,
				baseItems: plan.items,
				items: first
			});
			expect(saved).toEqual({ version: plan.session.version + 1, items: first, merged: false });
			// The same ids again, reordered and edited: the old rows must be gone before the new ones go in.
			const second = [...first].reverse().map((i) => ({ ...i, notes: `again ${i.id.slice(0, 4)}` }));
			const again = await as.coleader.plans.save({
				sessionId,
				baseVersion: saved.version,
				baseItems: first,
				items: second
			});
			expect(again).toEqual({ version: saved.version + 1, items: second, merged: false });
			expect(transactions).not.toHaveBeenCalled();

			const after = await stored(sessionId);
			expect(after.version).toBe(again.version);
			expect(
				after.items.map(({ id, kind, activityId, title, minutes, notes }) => ({
					id,
					kind,
					activityId,
					title,
					minutes,
					notes
				}))
			).toEqual(second);
			expect(after.items.map((i) => i.position)).toEqual(second.map((_, n) => n));
			expect(after.items.every((i) => i.sessionId === sessionId && i.organizationId === organizationId)).toBe(
				true
			);
			expect(after.updatedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
			expect(after.updatedAt.getTime()).toBeLessThan(Date.now() + 60_000);
			expect((await as.facilitator.plans.get({ sessionId })).items).toEqual(second);
		});

		it('empties a plan and fills it again in one statement each', async () => {
			const { as, teenSessions } = world();
			const sessionId = teenSessions[0];
			const plan = await as.facilitator.plans.get({ sessionId });
			const emptied = await as.facilitator.plans.save({
				sessionId,
				baseVersion: plan.session.version,
				baseItems: plan.items,
				items: []
			});
			expect((await stored(sessionId)).items).toEqual([]);
			await as.facilitator.plans.save({
				sessionId,
				baseVersion: emptied.version,
				baseItems: [],
				items: plan.items
			});
			expect((await as.facilitator.plans.get({ sessionId })).items).toEqual(plan.items);
		});

		it('still merges an edit made against an older version', async () => {
			const { as, teenSessions, db } = world();
			const sessionId = teenSessions[2];
			const start = await as.facilitator.plans.get({ sessionId });
			const base = start.items;
			const theirs = base.map((i, n) => (n === 0 ? { ...i, minutes: i.minutes + 3 } : i));
			await as.coleader.plans.save({
				sessionId,
				baseVersion: start.session.version,
				baseItems: base,
				items: theirs
			});
			const transactions = vi.spyOn(db.prisma, '$transaction');
			const added = block('BREAK', 10);
			const mine = [...base, added];
			const second = await as.facilitator.plans.save({
				sessionId,
				baseVersion: start.session.version,
				baseItems: base,
				items: mine
			});
			expect(transactions).toHaveBeenCalled();
			expect(second).toMatchObject({ version: start.session.version + 2, merged: true });
			const after = await as.facilitator.plans.get({ sessionId });
			expect(after.items).toEqual([...theirs, added]);
			expect(after.session.version).toBe(second.version);
		});

		it('answers NOT_FOUND for another organization’s activity and writes nothing', async () => {
			const { as, teenSessions, foreign } = world();
			const sessionId = teenSessions[3];
			const plan = await as.facilitator.plans.get({ sessionId });
			const before = await stored(sessionId);
			for (const activityId of [foreign.id, 'no-such-activity'])
				expect(
					await codeOf(
						as.facilitator.plans.save({
							sessionId,
							baseVersion: plan.session.version,
							baseItems: plan.items,
							items: [...plan.items, { ...block('ACTIVITY', 10), activityId }]
						})
					)
				).toBe('NOT_FOUND');
			expect(await stored(sessionId)).toEqual(before);
		});

		it('keeps an activity that is already in the saved plan without asking the library again', async () => {
			const { as, teenSessions, db, foreign, organizationId } = world();
			const sessionId = teenSessions[4];
			// Steps saved before a rule change stay editable: the check covers only activities the edit adds.
			await db.prisma.planItem.create({
				data: {
					id: randomUUID(),
					organizationId,
					sessionId,
					position: 99,
					kind: 'ACTIVITY',
					activityId: foreign.id,
					minutes: 5
				}
			});
			const plan = await as.facilitator.plans.get({ sessionId });
			const transactions = vi.spyOn(db.prisma, '$transaction');
			const reordered = [...plan.items].reverse();
			const saved = await as.facilitator.plans.save({
				sessionId,
				baseVersion: plan.session.version,
				baseItems: plan.items,
				items: reordered
			});
			expect(saved.merged).toBe(false);
			expect(transactions).not.toHaveBeenCalled();
			expect((await as.facilitator.plans.get({ sessionId })).items).toEqual(reordered);
		});

		it('writes nothing for a refused caller, even with the current version', async () => {
			const { as, teenSessions, elderSession, db, elder } = world();
			const sessionId = teenSessions[5];
			const plan = await as.facilitator.plans.get({ sessionId });
			const args = {
				sessionId,
				baseVersion: plan.session.version,
				baseItems: plan.items,
				items: [block('BREAK', 10)]
			};
			const before = await stored(sessionId);
			expect(await codeOf(as.supervisor.plans.save(args))).toBe('FORBIDDEN');
			expect(await codeOf(as.otherAdmin.plans.save(args))).toBe('NOT_FOUND');
			expect(await codeOf(as.anonymous.plans.save(args))).toBe('UNAUTHORIZED');
			expect(await stored(sessionId)).toEqual(before);

			const elderPlan = await as.coleader.plans.get({ sessionId: elderSession });
			const elderArgs = {
				sessionId: elderSession,
				baseVersion: elderPlan.session.version,
				baseItems: elderPlan.items,
				items: []
			};
			const elderBefore = await stored(elderSession);
			expect(await codeOf(as.facilitator.plans.save(elderArgs))).toBe('FORBIDDEN');
			await db.prisma.group.update({ where: { id: elder.id }, data: { status: 'CLOSED' } });
			try {
				expect(await codeOf(as.coleader.plans.save(elderArgs))).toBe('FORBIDDEN');
				expect(await codeOf(as.admin.plans.save(elderArgs))).toBe('FORBIDDEN');
			} finally {
				await db.prisma.group.update({ where: { id: elder.id }, data: { status: elder.status } });
			}
			expect(await stored(elderSession)).toEqual(elderBefore);
		});

		it('answers CONFLICT, and writes nothing, for an item id another session’s plan already uses', async () => {
			const { as, teenSessions } = world();
			const [taken] = (await as.facilitator.plans.get({ sessionId: teenSessions[0] })).items;
			expect(taken).toBeDefined();
			const sessionId = teenSessions[2];
			const plan = await as.facilitator.plans.get({ sessionId });
			const before = await stored(sessionId);
			const reused = { ...block('FREE_TEXT', 5, 'copied by hand'), id: taken.id };
			expect(
				await codeOf(
					as.facilitator.plans.save({
						sessionId,
						baseVersion: plan.session.version,
						baseItems: plan.items,
						items: [...plan.items, reused]
					})
				)
			).toBe('CONFLICT');
			expect(await stored(sessionId)).toEqual(before);
		});

		it('keeps every one of several saves made at the same moment against the same version', async () => {
			const { as, teenSessions } = world();
			const sessionId = teenSessions[6];
			const start = await as.facilitator.plans.get({ sessionId });
			const added = [1, 2, 3, 4].map((n) => block('FREE_TEXT', n, `step ${n}`));
			const results = await Promise.all(
				added.map((item, n) =>
					(n % 2 ? as.coleader : as.facilitator).plans.save({
						sessionId,
						baseVersion: start.session.version,
						baseItems: start.items,
						items: [...start.items, item]
					})
				)
			);
			expect(results.filter((r) => !r.merged)).toHaveLength(1);
			expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual(
				added.map((_, n) => start.session.version + n + 1)
			);
			const after = await stored(sessionId);
			expect(after.version).toBe(start.session.version + added.length);
			expect(after.items.map((i) => i.id)).toEqual(expect.arrayContaining(added.map((i) => i.id)));
			expect(after.items).toHaveLength(start.items.length + added.length);
			expect(new Set(after.items.map((i) => i.position)).size).toBe(after.items.length);
		});
	}
);
