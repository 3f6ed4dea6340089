import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import {
	applySectionEdit,
	debriefDoc,
	debriefSections,
	fromBase64,
	sectionParagraphs,
	toBase64
} from '../../src/lib/domain/debrief';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { AppError } from '../../src/lib/server/errors';
import type { PrismaClient } from '../../src/lib/server/db/generated/client';

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

/** A writer's local document: starts from the server state and yields the update of each edit. */
function writer(state: string) {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, fromBase64(state));
	return {
		doc,
		edit(section: string, index: number, text: string) {
			const before = Y.encodeStateVector(doc);
			applySectionEdit(doc, section, { index, deleteCount: 0, insert: text });
			return toBase64(Y.encodeStateAsUpdate(doc, before));
		}
	};
}

/** One more planned session of the group, for a test that needs a debrief of its own. */
async function extraSession(prisma: PrismaClient, like: string, number: number) {
	const {
		id: _id,
		createdAt: _c,
		updatedAt: _u,
		...rest
	} = await prisma.session.findUniqueOrThrow({
		where: { id: like }
	});
	return (await prisma.session.create({ data: { ...rest, number, startedAt: null, status: 'PLANNED' } })).id;
}

onEachDatabase(
	'debrief',
	async (db) => {
		const world = await demoWorld(db.prisma);
		const sessions = await db.prisma.session.findMany({
			where: { groupId: world.teen.id },
			orderBy: { number: 'asc' },
			select: { id: true, status: true }
		});
		return { ...world, sessions };
	},
	(world) => {
		it('seeds a debrief with Chinese section texts and history for every session already run', async () => {
			const { as, db, sessions } = world();
			const done = sessions.filter((s) => s.status === 'DONE');
			expect(await db.prisma.debrief.count({ where: { sessionId: { in: done.map((s) => s.id) } } })).toBe(
				done.length
			);
			const debrief = await as.supervisor.debriefs.get({ sessionId: done[0].id });
			expect(debrief.sections.wentWell).toMatch(/组员/);
			expect(debriefSections(debriefDoc([fromBase64(debrief.state)])).nextSteps).toBe(
				debrief.sections.nextSteps
			);
			const history = await as.supervisor.debriefs.history({ sessionId: done[0].id });
			expect(history).toHaveLength(4);
			expect(history[0].userName).toBe('张社工');
		});

		it('keeps both of two updates sent at the same time by the lead and the co-leader', async () => {
			const { as, db, sessions } = world();
			const sessionId = sessions[3].id;
			const start = await as.facilitator.debriefs.get({ sessionId });
			expect(start.debriefId).toBeNull();
			const lead = writer(start.state);
			const co = writer(start.state);
			await Promise.all([
				as.facilitator.debriefs.update({
					sessionId,
					clientId: 'lead',
					update: lead.edit('wentWell', 0, '热身很顺利。')
				}),
				as.coleader.debriefs.update({
					sessionId,
					clientId: 'co',
					update: co.edit('wentWell', 0, '组员主动分享。')
				})
			]);
			const after = await as.coleader.debriefs.get({ sessionId });
			// Each leader's text is its own paragraph (line), not one run-on sentence.
			expect(after.sections.wentWell.split('\n').sort()).toEqual(['热身很顺利。', '组员主动分享。'].sort());
			expect(sectionParagraphs(debriefDoc([fromBase64(after.state)]), 'wentWell').length).toBe(2);
			expect(after.version).toBe(3);
			const stored = await db.prisma.debrief.findUniqueOrThrow({
				where: { sessionId },
				include: { updates: true }
			});
			expect(stored.updates.map((u) => u.userId).sort()).toEqual(
				[world().users.facilitator, world().users.coleader].sort()
			);

			// Many at once, in two sections: nothing lost.
			await Promise.all(
				Array.from({ length: 6 }, (_, i) =>
					(i % 2 ? as.facilitator : as.coleader).debriefs.update({
						sessionId,
						clientId: `c${i}`,
						update: writer(start.state).edit(i % 2 ? 'nextSteps' : 'concerns', 0, `第${i}条`)
					})
				)
			);
			const final = await as.facilitator.debriefs.get({ sessionId });
			for (let i = 0; i < 6; i++)
				expect(final.sections[i % 2 ? 'nextSteps' : 'concerns']).toContain(`第${i}条`);
		});

		it('keeps typing at once, update after update, in two paragraphs, and the stored text one a line', async () => {
			const { as, db, sessions } = world();
			const sessionId = await extraSession(db.prisma, sessions[3].id, 91);
			const start = await as.facilitator.debriefs.get({ sessionId });
			const lead = writer(start.state);
			const co = writer(start.state);
			const leadText = 'Lead: warm-up went well';
			const coText = '陈社工：两位组员互相帮助';
			// Each writer types at the end of their own paragraph and receives the other's updates as they are saved.
			const endOf = (doc: Y.Doc, own: string) => {
				const text = debriefSections(doc).concerns;
				const lines = text.split('\n');
				const line = lines.findIndex((l) => own.startsWith(l) && l.length > 0);
				return line < 0 ? null : lines.slice(0, line + 1).join('\n').length;
			};
			const step = async (
				w: ReturnType<typeof writer>,
				as_: typeof as.facilitator,
				own: string,
				i: number
			) => {
				const at = endOf(w.doc, own);
				const text = debriefSections(w.doc).concerns;
				const update =
					at === null
						? w.edit('concerns', text.length, (text ? '\n' : '') + own[i])
						: w.edit('concerns', at, own[i]);
				return as_.debriefs.update({ sessionId, clientId: own === leadText ? 'lead' : 'co', update });
			};
			for (let i = 0; i < 8; i++) {
				await Promise.all([step(lead, as.facilitator, leadText, i), step(co, as.coleader, coText, i)]);
				if (i % 3 === 2) {
					const state = fromBase64((await as.facilitator.debriefs.get({ sessionId })).state);
					Y.applyUpdate(lead.doc, state);
					Y.applyUpdate(co.doc, state);
				}
			}
			const saved = await as.supervisor.debriefs.get({ sessionId });
			expect(saved.sections.concerns.split('\n').sort()).toEqual(
				[leadText.slice(0, 8), coText.slice(0, 8)].sort()
			);
			const row = await db.prisma.debrief.findUniqueOrThrow({ where: { sessionId } });
			expect((row.sections as Record<string, string>).concerns).toBe(saved.sections.concerns);
		});

		it('reads a debrief written before paragraphs and moves it into paragraphs once, history kept', async () => {
			const { as, db, sessions, users, organizationId } = world();
			const sessionId = await extraSession(db.prisma, sessions[3].id, 92);
			const old = new Y.Doc();
			const before = Y.encodeStateVector(old);
			old.getText('wentWell').insert(0, '旧的第一段\n旧的第二段');
			const update = Y.encodeStateAsUpdate(old, before);
			const created = await db.prisma.debrief.create({
				data: {
					organizationId,
					sessionId,
					state: new Uint8Array(Y.encodeStateAsUpdate(old)),
					sections: debriefSections(old),
					updates: { create: { userId: users.facilitator, update: new Uint8Array(update) } }
				}
			});
			const [a, b] = await Promise.all([
				as.facilitator.debriefs.get({ sessionId }),
				as.coleader.debriefs.get({ sessionId })
			]);
			for (const read of [a, b]) {
				expect(read.sections.wentWell).toBe('旧的第一段\n旧的第二段');
				const doc = debriefDoc([fromBase64(read.state)]);
				expect(doc.getText('wentWell').toString()).toBe('');
				expect(sectionParagraphs(doc, 'wentWell').length).toBe(2);
			}
			// Moved once however many read it at once.
			expect(await db.prisma.debriefUpdate.count({ where: { debriefId: created.id } })).toBe(2);
			const w = writer(a.state);
			await as.facilitator.debriefs.update({ sessionId, clientId: 'x', update: w.edit('wentWell', 5, '！') });
			expect((await as.supervisor.debriefs.get({ sessionId })).sections.wentWell).toBe(
				'旧的第一段！\n旧的第二段'
			);
			const history = await as.supervisor.debriefs.history({ sessionId });
			const oldest = await as.supervisor.debriefs.version({ sessionId, updateId: history.at(-1)!.id });
			expect(oldest.sections.wentWell).toBe('旧的第一段\n旧的第二段');
		});

		it('rebuilds an earlier version from the stored changes', async () => {
			const { as, sessions } = world();
			const sessionId = sessions[4].id;
			const w = writer((await as.facilitator.debriefs.get({ sessionId })).state);
			await as.facilitator.debriefs.update({
				sessionId,
				clientId: 'a',
				update: w.edit('toChange', 0, '第一句。')
			});
			await as.coleader.debriefs.update({
				sessionId,
				clientId: 'b',
				update: w.edit('toChange', 4, '第二句。')
			});
			const history = await as.facilitator.debriefs.history({ sessionId });
			expect(history.map((h) => h.userName)).toEqual(['陈社工', '张社工']);
			const first = await as.supervisor.debriefs.version({ sessionId, updateId: history[1].id });
			expect(first.sections.toChange).toBe('第一句。');
			const second = await as.supervisor.debriefs.version({ sessionId, updateId: history[0].id });
			expect(second.sections.toChange).toBe('第一句。第二句。');
			expect(
				await codeOf(as.facilitator.debriefs.version({ sessionId: sessions[0].id, updateId: history[0].id }))
			).toBe('NOT_FOUND errors.NOT_FOUND');
		});

		it('lets supervisors read and comment but only leaders write', async () => {
			const { as, db, sessions } = world();
			const sessionId = sessions[5].id;
			const state = (await as.supervisor.debriefs.get({ sessionId })).state;
			expect((await as.supervisor.debriefs.get({ sessionId })).canEdit).toBe(false);
			expect(
				await codeOf(
					as.supervisor.debriefs.update({
						sessionId,
						clientId: 's',
						update: writer(state).edit('wentWell', 0, 'x')
					})
				)
			).toBe('FORBIDDEN errors.FORBIDDEN');
			expect(
				await codeOf(
					as.admin.debriefs.update({
						sessionId,
						clientId: 's',
						update: writer(state).edit('wentWell', 0, 'x')
					})
				)
			).toBe('FORBIDDEN debrief.onlyLeaders');
			expect(
				await codeOf(
					as.otherAdmin.debriefs.update({
						sessionId,
						clientId: 's',
						update: writer(state).edit('wentWell', 0, 'x')
					})
				)
			).toBe('NOT_FOUND errors.NOT_FOUND');
			const comment = await as.supervisor.debriefs.comment({ sessionId, body: '请关注缺席组员的情况。' });
			expect(comment.userName).toBe('李督导');
			expect((await as.facilitator.debriefs.get({ sessionId })).comments.map((c) => c.body)).toEqual([
				'请关注缺席组员的情况。'
			]);
			expect(await codeOf(as.supervisor.debriefs.comment({ sessionId, body: '  ' }))).toBe(
				'BAD_REQUEST invalid input'
			);
			expect(await db.prisma.debriefUpdate.count({ where: { debrief: { sessionId } } })).toBe(0);
			expect(
				await db.prisma.auditLog.count({
					where: { entity: 'Debrief', action: 'READ', userId: world().users.supervisor }
				})
			).toBeGreaterThan(0);
		});

		it('refuses an update that is not a Yjs update, and writes nothing', async () => {
			const { as, db, sessions } = world();
			const sessionId = sessions[6].id;
			expect(
				await codeOf(
					as.facilitator.debriefs.update({
						sessionId,
						clientId: 'a',
						update: toBase64(new Uint8Array([9, 9, 9, 9]))
					})
				)
			).toBe('BAD_REQUEST debrief.badUpdate');
			expect(
				await codeOf(as.facilitator.debriefs.update({ sessionId, clientId: 'a', update: '@@not base64' }))
			).toBe('BAD_REQUEST invalid input');
			expect(await db.prisma.debriefUpdate.count({ where: { debrief: { sessionId } } })).toBe(0);
		});

		it('delivers an update live to another writer’s subscription, not back to the sender', async () => {
			const { as, sessions } = world();
			const sessionId = sessions[7].id;
			const events = await as.coleader.debriefs.events({ sessionId, clientId: 'co' });
			const received: unknown[] = [];
			const reading = (async () => {
				for await (const event of events as AsyncIterable<unknown>) {
					received.push(event);
					if (received.length === 1) break;
				}
			})();
			await new Promise((r) => setTimeout(r, 50));
			const w = writer((await as.facilitator.debriefs.get({ sessionId })).state);
			const update = w.edit('wentWell', 0, '实时');
			await as.coleader.debriefs.update({ sessionId, clientId: 'co', update: w.edit('wentWell', 2, '自己') });
			await as.facilitator.debriefs.update({ sessionId, clientId: 'lead', update });
			await reading;
			expect(received).toHaveLength(1);
			expect(received[0]).toMatchObject({ type: 'update', clientId: 'lead', update });
		});

		it('relays presence under the sender’s own name, never stored, and refuses what is not one tab’s', async () => {
			const { as, db, sessions } = world();
			const sessionId = await extraSession(db.prisma, sessions[3].id, 93);
			const events = await as.coleader.debriefs.events({ sessionId, clientId: 'co' });
			const received: { type: string; clientId: string; update: string }[] = [];
			const reading = (async () => {
				for await (const event of events as AsyncIterable<(typeof received)[number]>) {
					received.push(event);
					if (received.length === 2) break;
				}
			})();
			await new Promise((r) => setTimeout(r, 50));
			const tab = new Awareness(new Y.Doc());
			const send = (as_: typeof as.supervisor, clientId: string, state: Record<string, unknown>) => {
				tab.setLocalState(state);
				return as_.debriefs.presence({
					sessionId,
					clientId,
					update: toBase64(encodeAwarenessUpdate(tab, [tab.clientID]))
				});
			};
			// The sender's own echo is not delivered back to it.
			await send(as.coleader, 'co', { section: 'concerns' });
			await send(as.supervisor, 'sup', { section: 'wentWell', user: { id: 'x', name: '冒充的人' } });
			await send(as.facilitator, 'lead', { section: 'no-such-section' });
			await reading;
			expect(received.map((e) => [e.type, e.clientId])).toEqual([
				['presence', 'sup'],
				['presence', 'lead']
			]);
			const seen = new Awareness(new Y.Doc());
			applyAwarenessUpdate(seen, fromBase64(received[0].update), 'remote');
			expect(seen.getStates().get(tab.clientID)).toEqual({
				user: { id: world().users.supervisor, name: expect.not.stringMatching('冒充的人') },
				section: 'wentWell'
			});
			applyAwarenessUpdate(seen, fromBase64(received[1].update), 'remote');
			expect(seen.getStates().get(tab.clientID)).toMatchObject({
				user: { id: world().users.facilitator, name: '张社工' },
				section: null
			});
			tab.destroy();
			seen.destroy();

			// Two tabs' states in one update, or bytes that are no awareness update: refused.
			const a = new Awareness(new Y.Doc());
			const b = new Awareness(new Y.Doc());
			a.setLocalState({ section: 'wentWell' });
			b.setLocalState({ section: 'concerns' });
			applyAwarenessUpdate(a, encodeAwarenessUpdate(b, [b.clientID]), 'remote');
			const two = toBase64(encodeAwarenessUpdate(a, [a.clientID, b.clientID]));
			expect(await codeOf(as.facilitator.debriefs.presence({ sessionId, clientId: 'x', update: two }))).toBe(
				'BAD_REQUEST debrief.badUpdate'
			);
			expect(
				await codeOf(as.facilitator.debriefs.presence({ sessionId, clientId: 'x', update: 'AAAA' }))
			).toBe('BAD_REQUEST debrief.badUpdate');
			a.destroy();
			b.destroy();
			// Nothing of it is stored.
			expect(await db.prisma.debrief.count({ where: { sessionId } })).toBe(0);
		});

		it('audits a person’s read of a debrief once however often the page reads it again, and every other reader', async () => {
			const { as, db, users, organizationId, teen, sessions } = world();
			const sessionId = sessions.filter((s) => s.status === 'DONE')[1].id;
			const { id: debriefId } = await db.prisma.debrief.findUniqueOrThrow({
				where: { sessionId },
				select: { id: true }
			});
			const reads = (userId: string) =>
				db.prisma.auditLog.count({
					where: { action: 'READ', entity: 'Debrief', entityId: debriefId, userId }
				});
			expect(await reads(users.facilitator)).toBe(0);

			await as.facilitator.debriefs.get({ sessionId });
			await as.facilitator.debriefs.get({ sessionId });
			expect(await reads(users.facilitator)).toBe(1);

			await as.coleader.debriefs.get({ sessionId });
			expect(await reads(users.coleader)).toBe(1);
			expect(await reads(users.facilitator)).toBe(1);

			// A read whose last audited read is older than the window is audited again.
			await db.prisma.auditLog.create({
				data: {
					organizationId,
					userId: users.supervisor,
					action: 'READ',
					entity: 'Debrief',
					entityId: debriefId,
					groupId: teen.id,
					createdAt: new Date(Date.now() - 11 * 60_000)
				}
			});
			await as.supervisor.debriefs.get({ sessionId });
			expect(await reads(users.supervisor)).toBe(2);
		});
	}
);
