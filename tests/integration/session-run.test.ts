import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import { listenOnce } from './support/subscription';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { AppError } from '../../src/lib/server/errors';

async function codeOf(promise: Promise<unknown>) {
	try {
		await promise;
		return 'OK';
	} catch (error) {
		if (!(error instanceof TRPCError || error instanceof AppError))
			return `not a TRPCError: ${String(error)}`;
		// A zod refusal carries the issues; over HTTP the error formatter turns them into field errors.
		return `${error.code} ${error.message.startsWith('[') ? 'invalid input' : error.message}`;
	}
}

async function runWorld(prisma: Parameters<typeof demoWorld>[0]) {
	const world = await demoWorld(prisma);
	const sessions = await prisma.session.findMany({
		where: { groupId: world.teen.id },
		orderBy: { number: 'asc' },
		select: { id: true, number: true }
	});
	const elderSession = await prisma.session.findFirstOrThrow({
		where: { groupId: world.elder.id, number: 3 },
		select: { id: true }
	});
	const teenMembers = (
		await prisma.enrollment.findMany({
			where: { groupId: world.teen.id },
			orderBy: { member: { code: 'asc' } },
			select: { memberId: true }
		})
	).map((e) => e.memberId);
	const elderMembers = (
		await prisma.enrollment.findMany({ where: { groupId: world.elder.id }, select: { memberId: true } })
	).map((e) => e.memberId);
	return { ...world, sessions, elderSession, teenMembers, elderMembers };
}

const key = () => `k-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

onEachDatabase(
	'session run',
	(db) => runWorld(db.prisma),
	(world) => {
		it('shows the run screen with plan, members (real names for leaders only) and attendance', async () => {
			const { as, sessions } = world();
			const run = await as.facilitator.sessions.run({ sessionId: sessions[3].id });
			expect(run.number).toBe(4);
			expect(run.planItems.length).toBeGreaterThan(1);
			expect(run.members).toHaveLength(10);
			expect(run.members.some((m) => m.realName)).toBe(true);
			expect(run.canWrite).toBe(true);
			const asSupervisor = await as.supervisor.sessions.run({ sessionId: sessions[3].id });
			expect(asSupervisor.members.every((m) => m.realName === null)).toBe(true);
			expect(asSupervisor.canWrite).toBe(false);
		});

		it('applies an attendance change once: the same key sent again, or twice at once, changes nothing', async () => {
			const { as, db, sessions, teenMembers } = world();
			const sessionId = sessions[3].id;
			const late = { key: key(), memberId: teenMembers[0], status: 'LATE' as const, minutesLate: 10 };
			const first = await as.facilitator.attendance.mark({ sessionId, changes: [late] });
			expect(first.applied).toEqual([late.key]);
			const present = { key: key(), memberId: teenMembers[0], status: 'PRESENT' as const };
			await as.facilitator.attendance.mark({ sessionId, changes: [present] });
			// A replay of the older change (its answer was lost) must not undo the newer one.
			const replay = await as.facilitator.attendance.mark({ sessionId, changes: [late] });
			expect(replay.applied).toEqual([]);
			const row = await db.prisma.attendance.findUniqueOrThrow({
				where: { sessionId_memberId: { sessionId, memberId: teenMembers[0] } }
			});
			expect(row.status).toBe('PRESENT');

			const twice = { key: key(), memberId: teenMembers[1], status: 'EXCUSED' as const };
			const results = await Promise.all([
				as.facilitator.attendance.mark({ sessionId, changes: [twice] }),
				as.coleader.attendance.mark({ sessionId, changes: [twice] })
			]);
			expect(results.map((r) => r.applied.length).sort()).toEqual([0, 1]);
			expect(await db.prisma.attendance.count({ where: { sessionId, memberId: teenMembers[1] } })).toBe(1);
			expect(
				await db.prisma.idempotencyKey.count({ where: { key: { endsWith: `:attendance:${twice.key}` } } })
			).toBe(1);
		});

		it('applies a batch in order: a member changed twice in one call keeps the last change', async () => {
			const { as, db, sessions, teenMembers } = world();
			const sessionId = sessions[5].id;
			const before = Date.now();
			const result = await as.facilitator.attendance.mark({
				sessionId,
				changes: [
					{ key: key(), memberId: teenMembers[4], status: 'LATE', minutesLate: 5 },
					{ key: key(), memberId: teenMembers[5], status: 'PRESENT' },
					{ key: key(), memberId: teenMembers[4], status: 'ABSENT', minutesLate: 7 }
				]
			});
			expect(result.applied).toHaveLength(3);
			const row = await db.prisma.attendance.findUniqueOrThrow({
				where: { sessionId_memberId: { sessionId, memberId: teenMembers[4] } }
			});
			expect([row.status, row.minutesLate]).toEqual(['ABSENT', null]);
			const answered = result.attendance.find((a) => a.memberId === teenMembers[4]);
			expect(answered?.status).toBe('ABSENT');
			// The answer's time is the stored UTC instant, not shifted by the connection's time zone.
			expect(answered?.updatedAt.getTime()).toBe(row.updatedAt.getTime());
			expect(Math.abs(row.updatedAt.getTime() - before)).toBeLessThan(60_000);
			expect(result.attendance.map((a) => a.memberId).sort()).toEqual(
				[teenMembers[4], teenMembers[5]].sort()
			);
		});

		it('announces applied attendance to other devices on the session, and lists it for them', async () => {
			const { as, sessions, teenMembers } = world();
			const sessionId = sessions[6].id;
			const events = await listenOnce<{ sessionId: string; byUserId: string; key: string }>(
				as.coleader.attendance.onChange({ sessionId })
			);
			const change = { key: key(), memberId: teenMembers[6], status: 'LATE' as const, minutesLate: 3 };
			await as.facilitator.attendance.mark({ sessionId, changes: [change] });
			// The key lets the sending device recognise its own announcement (it already has the answer).
			expect(await events.next()).toMatchObject({
				sessionId,
				byUserId: world().users.facilitator,
				key: change.key
			});
			await events.close();
			const listed = await as.coleader.attendance.list({ sessionId });
			expect(listed.map((a) => [a.memberId, a.status, a.minutesLate])).toEqual([[teenMembers[6], 'LATE', 3]]);
			expect(await codeOf(as.otherAdmin.attendance.onChange({ sessionId }))).toBe(
				'NOT_FOUND errors.NOT_FOUND'
			);
			expect(await codeOf(as.otherAdmin.attendance.list({ sessionId }))).toBe('NOT_FOUND errors.NOT_FOUND');
		});

		it('refuses only the change for a member of another group, and applies the others of the batch', async () => {
			const { as, db, sessions, teenMembers, elderMembers } = world();
			const sessionId = sessions[4].id;
			const ok = { key: key(), memberId: teenMembers[2], status: 'PRESENT' as const };
			const stranger = { key: key(), memberId: elderMembers[0], status: 'PRESENT' as const };
			const late = { key: key(), memberId: teenMembers[3], status: 'LATE' as const, minutesLate: 5 };
			const result = await as.facilitator.attendance.mark({ sessionId, changes: [ok, stranger, late] });
			expect(result.applied).toEqual([ok.key, late.key]);
			expect(result.refused).toEqual([
				{ key: stranger.key, memberId: elderMembers[0], reason: 'sessionRun.memberNotInGroup' }
			]);
			const rows = await db.prisma.attendance.findMany({
				where: { sessionId },
				orderBy: { memberId: 'asc' },
				select: { memberId: true, status: true }
			});
			expect(rows).toEqual(
				[
					{ memberId: teenMembers[2], status: 'PRESENT' },
					{ memberId: teenMembers[3], status: 'LATE' }
				].sort((a, b) => a.memberId.localeCompare(b.memberId))
			);
			// The refused change leaves no key behind; the applied ones are stored once.
			expect(await db.prisma.idempotencyKey.count({ where: { key: { endsWith: stranger.key } } })).toBe(0);
			expect(await db.prisma.idempotencyKey.count({ where: { key: { endsWith: ok.key } } })).toBe(1);
			const onlyStranger = await as.facilitator.attendance.mark({ sessionId, changes: [stranger] });
			expect(onlyStranger.applied).toEqual([]);
			expect(onlyStranger.refused.map((r) => r.key)).toEqual([stranger.key]);
		});

		it('creates a note once per key: a resent or concurrent note with the same key makes no second copy', async () => {
			const { as, db, sessions, teenMembers } = world();
			const sessionId = sessions[1].id;
			const interaction = {
				sessionId,
				key: key(),
				fromMemberId: teenMembers[0],
				toMemberId: teenMembers[1],
				kind: 'SUPPORTS' as const,
				note: 'offline'
			};
			// The demo data has notes on every past session: count what this test adds.
			const count = async () => ({
				interactions: await db.prisma.interactionNote.count({ where: { sessionId } }),
				observations: await db.prisma.observation.count({ where: { sessionId } }),
				conflicts: await db.prisma.conflictLog.count({ where: { sessionId } })
			});
			const before = await count();
			const first = await as.facilitator.interactions.create(interaction);
			const [again, atOnce] = await Promise.all([
				as.facilitator.interactions.create(interaction),
				as.facilitator.interactions.create(interaction)
			]);
			expect(again).toEqual(first);
			expect(atOnce).toEqual(first);
			expect((await count()).interactions).toBe(before.interactions + 1);

			const observation = { sessionId, key: key(), memberId: teenMembers[2], note: '专注', tags: ['参与度'] };
			const savedObservation = await as.facilitator.observations.create(observation);
			expect(await as.facilitator.observations.create(observation)).toEqual(savedObservation);
			expect((await count()).observations).toBe(before.observations + 1);

			const conflict = {
				sessionId,
				key: key(),
				memberIds: [teenMembers[0], teenMembers[3]],
				type: 'EXCLUSION' as const,
				severity: 2,
				description: '分组时被排除'
			};
			const savedConflict = await as.coleader.conflicts.create(conflict);
			expect(await as.coleader.conflicts.create(conflict)).toEqual(savedConflict);
			expect((await count()).conflicts).toBe(before.conflicts + 1);
			expect(
				await db.prisma.auditLog.count({ where: { action: 'CREATE', entityId: savedConflict.id } })
			).toBe(1);

			// The same key is a different note in another kind, and another session cannot fetch this one by it.
			await as.facilitator.observations.create({ ...observation, key: interaction.key });
			expect((await count()).observations).toBe(before.observations + 2);
			expect(
				await codeOf(as.facilitator.interactions.create({ ...interaction, sessionId: sessions[2].id }))
			).toBe('CONFLICT sessionRun.noteDeleted');
			// A note deleted after it was saved does not come back when its key is sent again.
			await as.facilitator.interactions.delete({ sessionId, interactionId: first.id });
			expect(await codeOf(as.facilitator.interactions.create(interaction))).toBe(
				'CONFLICT sessionRun.noteDeleted'
			);
			expect((await count()).interactions).toBe(before.interactions);
		});

		it('refuses a keyed note about a member of another group and keeps no key, so nothing is half-written', async () => {
			const { as, db, sessions, elderMembers } = world();
			const sessionId = sessions[1].id;
			const note = { sessionId, key: key(), memberId: elderMembers[0], note: 'x', tags: [] };
			expect(await codeOf(as.facilitator.observations.create(note))).toBe(
				'BAD_REQUEST sessionRun.memberNotInGroup'
			);
			expect(await db.prisma.idempotencyKey.count({ where: { key: { endsWith: note.key } } })).toBe(0);
			expect(await codeOf(as.facilitator.observations.create({ ...note, key: 'bad key!' }))).toBe(
				'BAD_REQUEST invalid input'
			);
		});

		it('lets only leaders and admins of the organization take attendance', async () => {
			const { as, sessions, teenMembers, elderSession } = world();
			const change = () => ({ key: key(), memberId: teenMembers[3], status: 'PRESENT' as const });
			const sessionId = sessions[3].id;
			expect(await codeOf(as.supervisor.attendance.mark({ sessionId, changes: [change()] }))).toBe(
				'FORBIDDEN errors.FORBIDDEN'
			);
			expect(await codeOf(as.otherAdmin.attendance.mark({ sessionId, changes: [change()] }))).toBe(
				'NOT_FOUND errors.NOT_FOUND'
			);
			expect(
				await codeOf(as.facilitator.attendance.mark({ sessionId: elderSession.id, changes: [change()] }))
			).toBe('FORBIDDEN errors.FORBIDDEN');
			expect(await codeOf(as.admin.attendance.mark({ sessionId, changes: [change()] }))).toBe('OK');
		});

		it('creates, lists (audited), edits with a version check, resolves and deletes a conflict log', async () => {
			const { as, db, sessions, teenMembers, teen } = world();
			const sessionId = sessions[3].id;
			const created = await as.facilitator.conflicts.create({
				sessionId,
				memberIds: [teenMembers[2], teenMembers[3]],
				type: 'EXCLUSION',
				severity: 3,
				description: '分组时两位组员拒绝与第三位同伴一组。',
				handling: '带领者重新分组并简短讨论小组规范。',
				resolved: false,
				followUpAt: new Date(Date.now() + 3 * 86400_000)
			});
			const auditBefore = await db.prisma.auditLog.count({
				where: { entity: 'ConflictLog', action: 'READ', memberId: teenMembers[2] }
			});
			const list = await as.supervisor.conflicts.list({ groupId: teen.id, sessionId });
			expect(list.conflicts.map((c) => c.id)).toContain(created.id);
			const listed = list.conflicts.find((c) => c.id === created.id)!;
			expect(listed.members.map((m) => m.code).sort()).toEqual(['M-003', 'M-004']);
			expect(listed.members.every((m) => m.realName === null)).toBe(true);
			expect(
				await db.prisma.auditLog.count({
					where: { entity: 'ConflictLog', action: 'READ', memberId: teenMembers[2] }
				})
			).toBe(auditBefore + 1);
			expect(
				(await as.facilitator.conflicts.list({ groupId: teen.id, type: 'DOMINATING' })).conflicts
			).toEqual([]);

			const edited = await as.coleader.conflicts.update({
				groupId: teen.id,
				conflictId: created.id,
				version: created.version,
				memberIds: [teenMembers[2], teenMembers[3], teenMembers[4]],
				type: 'EXCLUSION',
				severity: 2,
				description: '分组时两位组员拒绝与第三位同伴一组。',
				handling: '重新分组。',
				resolved: false,
				followUpAt: null
			});
			expect(edited.version).toBe(created.version + 1);
			// The lead saw the older version: refused, nothing written.
			expect(
				await codeOf(
					as.facilitator.conflicts.resolve({
						groupId: teen.id,
						conflictId: created.id,
						version: created.version,
						resolved: true
					})
				)
			).toBe('CONFLICT conflicts.stale');
			const resolved = await as.facilitator.conflicts.resolve({
				groupId: teen.id,
				conflictId: created.id,
				version: edited.version,
				resolved: true
			});
			expect(resolved.resolved).toBe(true);
			const row = await db.prisma.conflictLog.findUniqueOrThrow({
				where: { id: created.id },
				include: { members: true }
			});
			expect(row.members).toHaveLength(3);
			expect(row.severity).toBe(2);
			expect(await codeOf(as.supervisor.conflicts.delete({ groupId: teen.id, conflictId: created.id }))).toBe(
				'FORBIDDEN errors.FORBIDDEN'
			);
			await as.facilitator.conflicts.delete({ groupId: teen.id, conflictId: created.id });
			expect(await db.prisma.conflictLog.count({ where: { id: created.id } })).toBe(0);
		});

		it('answers bad conflict input with BAD_REQUEST and writes nothing', async () => {
			const { as, db, sessions, teenMembers, elderMembers } = world();
			const sessionId = sessions[5].id;
			const base = {
				sessionId,
				memberIds: [teenMembers[0]],
				type: 'OTHER' as const,
				severity: 2,
				description: '描述',
				handling: '',
				resolved: false,
				followUpAt: null
			};
			expect(await codeOf(as.facilitator.conflicts.create({ ...base, severity: 9 }))).toBe(
				'BAD_REQUEST invalid input'
			);
			expect(await codeOf(as.facilitator.conflicts.create({ ...base, description: '   ' }))).toBe(
				'BAD_REQUEST invalid input'
			);
			expect(await codeOf(as.facilitator.conflicts.create({ ...base, memberIds: [elderMembers[0]] }))).toBe(
				'BAD_REQUEST sessionRun.memberNotInGroup'
			);
			expect(await codeOf(as.facilitator.conflicts.create({ ...base, memberIds: [] }))).toBe(
				'BAD_REQUEST invalid input'
			);
			expect(await db.prisma.conflictLog.count({ where: { sessionId } })).toBe(0);
		});

		it('refuses a note about a member who withdrew consent to notes', async () => {
			const { as, db, sessions, teenMembers } = world();
			const sessionId = sessions[5].id;
			await db.prisma.member.update({
				where: { id: teenMembers[8] },
				data: { consentScope: ['PARTICIPATION'] }
			});
			expect(
				await codeOf(
					as.facilitator.interactions.create({
						sessionId,
						fromMemberId: teenMembers[0],
						toMemberId: teenMembers[8],
						kind: 'SUPPORTS',
						note: ''
					})
				)
			).toBe('BAD_REQUEST consent.missing.NOTES');
			expect(
				await codeOf(
					as.facilitator.conflicts.create({
						sessionId,
						memberIds: [teenMembers[8]],
						type: 'OTHER',
						severity: 1,
						description: '记录',
						handling: '',
						resolved: true,
						followUpAt: null
					})
				)
			).toBe('BAD_REQUEST consent.missing.NOTES');
			expect(
				await codeOf(
					as.facilitator.observations.create({ sessionId, memberId: teenMembers[8], note: '观察', tags: [] })
				)
			).toBe('BAD_REQUEST consent.missing.NOTES');
			expect(await db.prisma.interactionNote.count({ where: { sessionId } })).toBe(0);
			expect(await db.prisma.observation.count({ where: { sessionId } })).toBe(0);
			// Attendance needs no notes consent.
			const mark = await as.facilitator.attendance.mark({
				sessionId,
				changes: [{ key: key(), memberId: teenMembers[8], status: 'ABSENT' }]
			});
			expect(mark.applied).toHaveLength(1);
		});

		it('creates, lists (audited per member) and deletes interaction notes, towards a member or the group', async () => {
			const { as, db, sessions, teenMembers, elderSession } = world();
			const sessionId = sessions[6].id;
			const toMember = await as.facilitator.interactions.create({
				sessionId,
				fromMemberId: teenMembers[0],
				toMemberId: teenMembers[1],
				kind: 'SUPPORTS',
				note: ''
			});
			const toGroup = await as.coleader.interactions.create({
				sessionId,
				fromMemberId: teenMembers[2],
				toMemberId: null,
				kind: 'SHARES',
				note: '分享了本周的开心事。'
			});
			expect(
				await codeOf(
					as.facilitator.interactions.create({
						sessionId,
						fromMemberId: teenMembers[0],
						toMemberId: teenMembers[0],
						kind: 'SUPPORTS',
						note: ''
					})
				)
			).toBe('BAD_REQUEST interactions.sameMember');
			expect(
				await codeOf(
					as.facilitator.interactions.create({
						sessionId: elderSession.id,
						fromMemberId: teenMembers[0],
						toMemberId: null,
						kind: 'SUPPORTS',
						note: ''
					})
				)
			).toBe('FORBIDDEN errors.FORBIDDEN');
			// Every new note is audited with ids only.
			const created = await db.prisma.auditLog.findMany({
				where: { entity: 'InteractionNote', action: 'CREATE', entityId: { in: [toMember.id, toGroup.id] } }
			});
			expect(created).toHaveLength(2);
			expect(JSON.stringify(created)).not.toContain('分享了本周的开心事');
			const before = await db.prisma.auditLog.count({
				where: { entity: 'InteractionNote', action: 'READ', memberId: teenMembers[1] }
			});
			const listed = await as.supervisor.interactions.list({ sessionId });
			expect(listed.map((n) => n.id).sort()).toEqual([toMember.id, toGroup.id].sort());
			expect(
				await db.prisma.auditLog.count({
					where: { entity: 'InteractionNote', action: 'READ', memberId: teenMembers[1] }
				})
			).toBe(before + 1);
			const readRows = await db.prisma.auditLog.findMany({
				where: { entity: 'InteractionNote', action: 'READ' },
				select: { entityId: true }
			});
			expect(readRows.length).toBeGreaterThan(0);
			expect(await codeOf(as.supervisor.interactions.delete({ sessionId, interactionId: toMember.id }))).toBe(
				'FORBIDDEN errors.FORBIDDEN'
			);
			await as.facilitator.interactions.delete({ sessionId, interactionId: toMember.id });
			expect((await as.facilitator.interactions.list({ sessionId })).map((n) => n.id)).toEqual([toGroup.id]);
		});

		it('records observations about a member or the group, with tags', async () => {
			const { as, sessions, teenMembers, elderMembers } = world();
			const sessionId = sessions[6].id;
			await as.facilitator.observations.create({
				sessionId,
				memberId: teenMembers[4],
				note: '主动帮助同伴整理材料。',
				tags: ['参与度', '互助', '互助']
			});
			await as.facilitator.observations.create({
				sessionId,
				memberId: null,
				note: '整体气氛平稳。',
				tags: []
			});
			const list = await as.facilitator.observations.list({ sessionId });
			expect(list).toHaveLength(2);
			// A suggested tag is stored as its vocabulary key, a person's own tag as written.
			expect(list.find((o) => o.memberId === teenMembers[4])?.tags).toEqual(['PARTICIPATION', '互助']);
			expect(
				await codeOf(
					as.facilitator.observations.create({ sessionId, memberId: elderMembers[1], note: 'x', tags: [] })
				)
			).toBe('BAD_REQUEST sessionRun.memberNotInGroup');
			expect(
				await codeOf(as.facilitator.observations.create({ sessionId, memberId: null, note: '', tags: [] }))
			).toBe('BAD_REQUEST invalid input');
		});

		it('finishes a session with an attendance summary, and shows open follow-ups on the dashboard', async () => {
			const { as, sessions, teenMembers } = world();
			const sessionId = sessions[7].id;
			await as.facilitator.attendance.mark({
				sessionId,
				changes: [
					{ key: key(), memberId: teenMembers[0], status: 'PRESENT' },
					{ key: key(), memberId: teenMembers[1], status: 'ABSENT' }
				]
			});
			const done = await as.facilitator.sessions.finish({ sessionId, status: 'DONE' });
			expect(done.status).toBe('DONE');
			expect(done.byStatus).toEqual({ PRESENT: 1, ABSENT: 1 });
			expect(done.unmarked).toBe(8);
			expect(await codeOf(as.supervisor.sessions.finish({ sessionId, status: 'CANCELLED' }))).toBe(
				'FORBIDDEN errors.FORBIDDEN'
			);
			const dashboard = await as.facilitator.dashboard.get();
			expect(dashboard.followUps.length).toBeGreaterThan(0);
			expect(JSON.stringify(dashboard.followUps)).not.toContain('争执');
			expect((await as.otherAdmin.dashboard.get()).followUps).toEqual([]);
		});

		it('starts a session with its timer: in progress for everyone, once, until it is done or reopened', async () => {
			const { as, teen, sessions } = world();
			const sessionId = sessions[6].id;
			const phaseOnGroupPage = async () =>
				(await as.supervisor.groups.get({ groupId: teen.id })).sessions.find((s) => s.id === sessionId)
					?.phase;
			expect(await phaseOnGroupPage()).toBe('PLANNED');
			expect(await codeOf(as.supervisor.sessions.start({ sessionId }))).toBe('FORBIDDEN errors.FORBIDDEN');
			expect(await codeOf(as.otherAdmin.sessions.start({ sessionId }))).toBe('NOT_FOUND errors.NOT_FOUND');
			const [first, second] = await Promise.all([
				as.facilitator.sessions.start({ sessionId }),
				as.coleader.sessions.start({ sessionId })
			]);
			expect(first.startedAt).not.toBeNull();
			expect(second.startedAt).toEqual(first.startedAt);
			expect(await phaseOnGroupPage()).toBe('IN_PROGRESS');
			expect((await as.facilitator.sessions.run({ sessionId })).startedAt).toEqual(first.startedAt);
			await as.facilitator.sessions.finish({ sessionId, status: 'DONE' });
			expect(await phaseOnGroupPage()).toBe('DONE');
			// Starting a finished session's timer again changes nothing; reopening it is "not started" again.
			expect((await as.facilitator.sessions.start({ sessionId })).status).toBe('DONE');
			const reopened = await as.facilitator.sessions.finish({ sessionId, status: 'PLANNED' });
			expect(reopened.startedAt).toBeNull();
			expect(await phaseOnGroupPage()).toBe('PLANNED');
		});

		it('refuses another group’s session through a group id, and another organization’s ids', async () => {
			const { as, elder, teen, sessions } = world();
			expect(await codeOf(as.otherAdmin.sessions.run({ sessionId: sessions[0].id }))).toBe(
				'NOT_FOUND errors.NOT_FOUND'
			);
			expect(await codeOf(as.otherAdmin.conflicts.list({ groupId: teen.id }))).toBe(
				'NOT_FOUND errors.NOT_FOUND'
			);
			const teenConflict = (await as.facilitator.conflicts.list({ groupId: teen.id })).conflicts[0];
			expect(
				await codeOf(
					as.coleader.conflicts.resolve({
						groupId: elder.id,
						conflictId: teenConflict.id,
						version: teenConflict.version,
						resolved: true
					})
				)
			).toBe('NOT_FOUND errors.NOT_FOUND');
		});
	}
);
