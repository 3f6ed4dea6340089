import { docxText } from './support/docx';
import * as Y from 'yjs';
import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { AppError } from '../../src/lib/server/errors';
import { fromBase64, toBase64 } from '../../src/lib/domain/debrief';
import { listAddenda } from '../../src/lib/server/services/reviews/list-addenda';
import { assertSessionUnlocked } from '../../src/lib/server/services/access/record-lock';

/** 'OK', or the refusal as `CODE key`. */
async function outcome(promise: Promise<unknown>) {
	try {
		await promise;
		return 'OK';
	} catch (error) {
		if (!(error instanceof TRPCError || error instanceof AppError))
			return `not a TRPCError: ${String(error)}`;
		return `${error.code} ${error.message.startsWith('[') ? 'invalid input' : error.message}`;
	}
}

const key = () => `k-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

/** One writer's edit of the debrief, as the editor sends it. */
async function debriefEdit(state: string, text: string) {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, fromBase64(state));
	const before = Y.encodeStateVector(doc);
	doc.getText('wentWell').insert(0, text);
	return toBase64(Y.encodeStateAsUpdate(doc, before));
}

async function reviewWorld(prisma: Parameters<typeof demoWorld>[0]) {
	const world = await demoWorld(prisma);
	const sessions = await prisma.session.findMany({
		where: { groupId: world.teen.id },
		orderBy: { number: 'asc' },
		select: { id: true, number: true, status: true }
	});
	const members = (
		await prisma.enrollment.findMany({
			where: { groupId: world.teen.id, leftAt: null },
			orderBy: { member: { code: 'asc' } },
			select: { memberId: true }
		})
	).map((e) => e.memberId);
	const rating = await prisma.measure.findUniqueOrThrow({ where: { key: 'session-rating' } });
	const endMeasure = await prisma.measure.findUniqueOrThrow({ where: { key: 'goal-rating' } });
	const itemCount = Math.max(1, (rating.items as unknown[]).length);
	return {
		...world,
		sessions,
		members,
		ratingId: rating.id,
		ratingScores: Array.from({ length: itemCount }, () => rating.itemMin),
		goalRatingId: endMeasure.id
	};
}

/** Everything a write to the session's record could change, to compare before and after a refused write. */
async function recordState(prisma: Parameters<typeof demoWorld>[0], sessionId: string) {
	const [attendance, interactions, observations, conflicts, debrief, responses, session] = await Promise.all([
		prisma.attendance.findMany({ where: { sessionId }, orderBy: { memberId: 'asc' } }),
		prisma.interactionNote.findMany({ where: { sessionId }, orderBy: { id: 'asc' } }),
		prisma.observation.findMany({ where: { sessionId }, orderBy: { id: 'asc' } }),
		prisma.conflictLog.findMany({ where: { sessionId }, orderBy: { id: 'asc' }, include: { members: true } }),
		prisma.debrief.findUnique({ where: { sessionId }, select: { version: true, sections: true } }),
		prisma.measureResponse.findMany({ where: { sessionId }, orderBy: { id: 'asc' } }),
		prisma.session.findUniqueOrThrow({ where: { id: sessionId }, select: { status: true, version: true } })
	]);
	return { attendance, interactions, observations, conflicts, debrief, responses, session };
}

onEachDatabase(
	'review and sign-off',
	(db) => reviewWorld(db.prisma),
	(world) => {
		it('lets a leader submit only a finished session, once', async () => {
			const { as, teen, sessions } = world();
			const planned = sessions.find((s) => s.status === 'PLANNED')!;
			expect(await outcome(as.facilitator.reviews.request({ groupId: teen.id, sessionId: planned.id }))).toBe(
				'CONFLICT review.sessionNotDone'
			);
			const done = sessions[0];
			expect(await outcome(as.coleader.reviews.request({ groupId: teen.id, sessionId: done.id }))).toBe('OK');
			expect(await outcome(as.facilitator.reviews.request({ groupId: teen.id, sessionId: done.id }))).toBe(
				'CONFLICT review.alreadyRequested'
			);
			// Supervisors review; they do not submit.
			expect(
				await outcome(as.supervisor.reviews.request({ groupId: teen.id, sessionId: sessions[1].id }))
			).toBe('FORBIDDEN errors.FORBIDDEN');
		});

		it('lets only a supervisor or admin of the organization, not leading the group, sign off a submitted record', async () => {
			const { as, db, teen, elder, sessions, users } = world();
			const sessionId = sessions[0].id;
			const before = await db.prisma.review.findFirstOrThrow({ where: { sessionId } });
			expect(await outcome(as.facilitator.reviews.signOff({ groupId: teen.id, sessionId }))).toBe(
				'FORBIDDEN errors.FORBIDDEN'
			);
			expect(await outcome(as.coleader.reviews.signOff({ groupId: teen.id, sessionId }))).toBe(
				'FORBIDDEN errors.FORBIDDEN'
			);
			expect(await outcome(as.otherAdmin.reviews.signOff({ groupId: teen.id, sessionId }))).toBe(
				'NOT_FOUND errors.NOT_FOUND'
			);
			expect(await outcome(as.otherAdmin.reviews.get({ groupId: teen.id, sessionId }))).toBe(
				'NOT_FOUND errors.NOT_FOUND'
			);
			// A session of another group named with this group is not found.
			const elderSession = await db.prisma.session.findFirstOrThrow({ where: { groupId: elder.id } });
			expect(
				await outcome(as.supervisor.reviews.signOff({ groupId: teen.id, sessionId: elderSession.id }))
			).toBe('NOT_FOUND errors.NOT_FOUND');
			// Not submitted yet: nothing to sign off.
			expect(
				await outcome(as.supervisor.reviews.signOff({ groupId: teen.id, sessionId: sessions[1].id }))
			).toBe('CONFLICT review.notRequested');
			expect(await db.prisma.review.findFirstOrThrow({ where: { sessionId } })).toEqual(before);

			// Someone who leads the group does not sign off its records, whatever their role.
			await db.prisma.groupLeader.create({
				data: {
					organizationId: elder.organizationId,
					groupId: elder.id,
					userId: users.supervisor,
					role: 'CO_LEADER'
				}
			});
			await as.coleader.reviews.request({ groupId: elder.id, sessionId: elderSession.id });
			expect(
				await outcome(as.supervisor.reviews.signOff({ groupId: elder.id, sessionId: elderSession.id }))
			).toBe('FORBIDDEN review.ownGroup');
			await db.prisma.groupLeader.deleteMany({ where: { groupId: elder.id, userId: users.supervisor } });
		});

		it('shows the waiting record to the supervisor, and the supervisor’s comment to the leaders', async () => {
			const { as, teen, sessions } = world();
			const sessionId = sessions[0].id;
			const waiting = await as.supervisor.reviews.queue();
			expect(waiting.find((r) => r.session?.id === sessionId)).toMatchObject({
				status: 'REQUESTED',
				toSignOff: true,
				group: { id: teen.id }
			});
			await as.supervisor.reviews.comment({
				groupId: teen.id,
				sessionId,
				body: '冲突处理部分请写清楚后续安排。'
			});
			const leader = await as.facilitator.reviews.queue();
			const item = leader.find((r) => r.session?.id === sessionId)!;
			expect(item.toSignOff).toBe(false);
			expect(item.lastComment?.by).toBe('李督导');
			// A facilitator who does not lead the elder group sees nothing of it.
			expect(leader.every((r) => r.group.id === teen.id)).toBe(true);
			await as.facilitator.reviews.comment({ groupId: teen.id, sessionId, body: '已补充。' });
			const review = await as.supervisor.reviews.get({ groupId: teen.id, sessionId });
			expect(review.comments.map((c) => c.author?.name)).toEqual(['李督导', '张社工']);
			expect(review.can.signOff).toBe(true);
		});

		it('refuses every change to a signed-off session record and leaves it unchanged', async () => {
			const { as, db, teen, sessions, members, ratingId, ratingScores } = world();
			const sessionId = sessions[0].id;
			const groupId = teen.id;
			// Notes written before the sign-off, so that their change and removal can be tried after it.
			const conflict = await as.facilitator.conflicts.create({
				sessionId,
				memberIds: [members[0], members[1]],
				type: 'EXCLUSION',
				severity: 2,
				description: '小组讨论时两人互不相让'
			});
			const interaction = await as.facilitator.interactions.create({
				sessionId,
				fromMemberId: members[0],
				toMemberId: members[1],
				kind: 'SUPPORTS'
			});
			const debrief = await as.facilitator.debriefs.get({ sessionId });

			const signed = await as.supervisor.reviews.signOff({ groupId, sessionId });
			expect(signed.status).toBe('SIGNED_OFF');
			expect(await outcome(as.supervisor.reviews.signOff({ groupId, sessionId }))).toBe(
				'CONFLICT review.alreadySignedOff'
			);
			const before = await recordState(db.prisma, sessionId);

			const writes: [string, () => Promise<unknown>][] = [
				[
					'attendance.mark',
					() =>
						as.facilitator.attendance.mark({
							sessionId,
							changes: [{ key: key(), memberId: members[0], status: 'ABSENT' }]
						})
				],
				[
					'interactions.create',
					() =>
						as.coleader.interactions.create({
							sessionId,
							key: key(),
							fromMemberId: members[1],
							toMemberId: null,
							kind: 'SHARES'
						})
				],
				[
					'interactions.delete',
					() => as.facilitator.interactions.delete({ sessionId, interactionId: interaction.id })
				],
				[
					'observations.create',
					() => as.facilitator.observations.create({ sessionId, key: key(), memberId: null, note: '补记' })
				],
				[
					'conflicts.create',
					() =>
						as.facilitator.conflicts.create({
							sessionId,
							memberIds: [members[2]],
							type: 'OTHER',
							severity: 1,
							description: '补记一条'
						})
				],
				[
					'conflicts.update',
					() =>
						as.facilitator.conflicts.update({
							groupId,
							conflictId: conflict.id,
							version: conflict.version,
							memberIds: [members[0]],
							type: 'OTHER',
							severity: 5,
							description: '改写'
						})
				],
				['conflicts.delete', () => as.admin.conflicts.delete({ groupId, conflictId: conflict.id })],
				[
					'debriefs.update',
					async () =>
						as.facilitator.debriefs.update({
							sessionId,
							clientId: 'c1',
							update: await debriefEdit(debrief.state, '事后改写')
						})
				],
				[
					'measures.save',
					() =>
						as.facilitator.measures.save({
							groupId,
							memberId: members[0],
							point: 'SESSION',
							sessionId,
							scores: [{ measureId: ratingId, itemScores: ratingScores }]
						})
				],
				['sessions.finish', () => as.facilitator.sessions.finish({ sessionId, status: 'PLANNED' })]
			];
			const results = [];
			for (const [name, write] of writes) results.push([name, await outcome(write())]);
			expect(results).toEqual(writes.map(([name]) => [name, 'CONFLICT review.locked']));
			expect(await recordState(db.prisma, sessionId)).toEqual(before);

			// Marking the follow-up resolved is not a change of what the session recorded: it stays possible.
			const resolved = await as.facilitator.conflicts.resolve({
				groupId,
				conflictId: conflict.id,
				version: conflict.version,
				resolved: true
			});
			expect(resolved.resolved).toBe(true);
			// Another session of the group is not locked.
			expect(
				await outcome(
					as.facilitator.attendance.mark({
						sessionId: sessions[1].id,
						changes: [{ key: key(), memberId: members[0], status: 'PRESENT' }]
					})
				)
			).toBe('OK');
		});

		it('takes corrections to a signed-off record as addenda, with who and when', async () => {
			const { as, db, teen, sessions, organizationId } = world();
			const sessionId = sessions[0].id;
			const groupId = teen.id;
			expect(
				await outcome(
					as.facilitator.reviews.addAddendum({ groupId, sessionId: sessions[1].id, kind: 'NOTE', text: 'x' })
				)
			).toBe('CONFLICT review.notSignedOff');
			expect(
				await outcome(as.facilitator.reviews.addAddendum({ groupId, sessionId, kind: 'SUMMARY', text: 'x' }))
			).toBe('BAD_REQUEST review.kindNotForRecord');
			expect(
				await outcome(as.supervisor.reviews.addAddendum({ groupId, sessionId, kind: 'NOTE', text: 'x' }))
			).toBe('FORBIDDEN errors.FORBIDDEN');
			expect(await outcome(as.coleader.reviews.comment({ groupId, sessionId, body: '还能评论吗' }))).toBe(
				'CONFLICT review.alreadySignedOff'
			);

			const added = await as.coleader.reviews.addAddendum({
				groupId,
				sessionId,
				kind: 'ATTENDANCE',
				text: '  M-001 实际迟到 10 分钟，签到时误记为出席。  '
			});
			expect(added.text).toBe('M-001 实际迟到 10 分钟，签到时误记为出席。');
			const review = await as.facilitator.reviews.get({ groupId, sessionId });
			expect(review.locked).toBe(true);
			expect(review.signedOffBy?.name).toBe('李督导');
			expect(review.addenda).toEqual([
				expect.objectContaining({
					kind: 'ATTENDANCE',
					createdBy: expect.objectContaining({ name: '陈社工' })
				})
			]);
			expect(review.can).toMatchObject({ addAddendum: true, request: false, signOff: false });
			// The documents read the same list through the service.
			const forDocuments = await listAddenda(db.prisma, { organizationId, groupId, sessionId });
			expect(forDocuments.map((a) => a.id)).toEqual([added.id]);
			expect(await listAddenda(db.prisma, { organizationId, groupId, sessionId: null })).toEqual([]);

			const audit = await db.prisma.auditLog.findMany({
				where: { groupId, entity: { in: ['ReviewRequest', 'ReviewComment', 'ReviewSignOff', 'Addendum'] } },
				select: { entity: true, actorName: true }
			});
			expect(audit).toEqual(
				expect.arrayContaining([
					{ entity: 'ReviewRequest', actorName: '陈社工' },
					{ entity: 'ReviewComment', actorName: '李督导' },
					{ entity: 'ReviewSignOff', actorName: '李督导' },
					{ entity: 'Addendum', actorName: '陈社工' }
				])
			);
			// The 过程记录 ends with the sign-off and the addendum, each with who and when.
			const record = docxText(
				(await as.facilitator.sessionRecords.export({ groupId, sessionId })).base64
			).text.replace(/\s+/g, '');
			expect(record).toContain('Signedoffby李督导on');
			expect(record).not.toContain('GROUP_CLIMATE');
			expect(record).toContain('陈社工');
			expect(record).toContain('M-001实际迟到10分钟，签到时误记为出席。');
			// The signed-off record leaves the supervisor's queue.
			expect((await as.supervisor.reviews.queue()).some((r) => r.session?.id === sessionId)).toBe(false);
		});

		it('never lets a write commit after the sign-off: each write lands before it or is refused', async () => {
			const { as, db, teen, sessions, members } = world();
			const sessionId = sessions[2].id;
			await as.facilitator.reviews.request({ groupId: teen.id, sessionId });
			const statuses = ['PRESENT', 'ABSENT', 'LATE', 'EXCUSED'] as const;
			const marks = Array.from({ length: 24 }, (_, i) =>
				outcome(
					(i % 2 ? as.facilitator : as.coleader).attendance.mark({
						sessionId,
						changes: [{ key: key(), memberId: members[i % 5], status: statuses[i % 4], minutesLate: 5 }]
					})
				)
			);
			const signed = as.supervisor.reviews
				.signOff({ groupId: teen.id, sessionId })
				.then(() => db.prisma.attendance.findMany({ where: { sessionId }, orderBy: { memberId: 'asc' } }));
			const [atSignOff, results] = await Promise.all([signed, Promise.all(marks)]);
			expect(results.filter((r) => r !== 'OK' && r !== 'CONFLICT review.locked')).toEqual([]);
			// Whatever the interleaving, nothing changed once the sign-off was committed.
			expect(
				await db.prisma.attendance.findMany({ where: { sessionId }, orderBy: { memberId: 'asc' } })
			).toEqual(atSignOff);
		});

		it('makes a sign-off wait for a write that already passed the lock rule (PostgreSQL)', async (context) => {
			const { as, db, elder, users } = world();
			// PGlite serves one connection: a second transaction cannot even start while the first is open.
			if (db.kind !== 'postgres') return context.skip();
			const session = await db.prisma.session.findFirstOrThrow({
				where: { groupId: elder.id, status: 'DONE' },
				orderBy: { number: 'desc' }
			});
			await as.coleader.reviews.request({ groupId: elder.id, sessionId: session.id });
			let signedOff = false;
			let signing: Promise<unknown> = Promise.resolve();
			await db.prisma.$transaction(async (tx) => {
				await assertSessionUnlocked(tx, session.id);
				signing = as.supervisor.reviews
					.signOff({ groupId: elder.id, sessionId: session.id })
					.then(() => (signedOff = true));
				await new Promise((resolve) => setTimeout(resolve, 400));
				expect(signedOff).toBe(false);
				await tx.observation.create({
					data: {
						organizationId: elder.organizationId,
						groupId: elder.id,
						sessionId: session.id,
						note: '签字前写下的观察',
						tags: [],
						createdById: users.coleader
					}
				});
			});
			await signing;
			expect(signedOff).toBe(true);
			expect(
				await outcome(
					as.coleader.observations.create({ sessionId: session.id, memberId: null, note: '签字后' })
				)
			).toBe('CONFLICT review.locked');
		});

		it('signs off the closing report once the group is closed, and locks its END scores and summary', async () => {
			const { as, db, teen, members, goalRatingId } = world();
			const groupId = teen.id;
			expect(await outcome(as.facilitator.reviews.request({ groupId, sessionId: null }))).toBe('OK');
			expect(await outcome(as.supervisor.reviews.signOff({ groupId, sessionId: null }))).toBe(
				'CONFLICT review.closeGroupFirst'
			);
			const group = await db.prisma.group.findUniqueOrThrow({ where: { id: groupId } });
			await as.facilitator.archive.close({
				groupId,
				closingSummary: '小组目标基本达成。',
				version: group.version
			});
			expect(await outcome(as.admin.reviews.signOff({ groupId, sessionId: null }))).toBe('OK');

			// A closed group refuses writes anyway; reopened (as by a database repair), the lock still holds.
			await db.prisma.group.update({ where: { id: groupId }, data: { status: 'RUNNING' } });
			const responses = await db.prisma.measureResponse.findMany({ where: { groupId, point: 'END' } });
			expect(
				await outcome(
					as.facilitator.measures.save({
						groupId,
						memberId: members[0],
						point: 'END',
						sessionId: null,
						scores: [{ measureId: goalRatingId, itemScores: [9] }]
					})
				)
			).toBe('CONFLICT review.locked');
			const reopened = await db.prisma.group.findUniqueOrThrow({ where: { id: groupId } });
			expect(
				await outcome(
					as.facilitator.archive.close({ groupId, closingSummary: '改写', version: reopened.version })
				)
			).toBe('CONFLICT review.locked');
			expect(await db.prisma.measureResponse.findMany({ where: { groupId, point: 'END' } })).toEqual(
				responses
			);
			expect((await db.prisma.group.findUniqueOrThrow({ where: { id: groupId } })).closingSummary).toBe(
				'小组目标基本达成。'
			);
			await db.prisma.group.update({ where: { id: groupId }, data: { status: 'CLOSED' } });

			// Addenda to the closed group's report are still taken (they add, never change).
			expect(
				await outcome(
					as.facilitator.reviews.addAddendum({
						groupId,
						sessionId: null,
						kind: 'SUMMARY',
						text: '补充：M-003 已转介。'
					})
				)
			).toBe('OK');
			expect(
				await outcome(
					as.facilitator.reviews.addAddendum({ groupId, sessionId: null, kind: 'DEBRIEF', text: 'x' })
				)
			).toBe('BAD_REQUEST review.kindNotForRecord');
			// The closing report names the supervisor who signed it off and shows the addendum.
			const report = docxText(
				(await as.facilitator.reports.closingReport({ groupId, reflection: '' })).base64
			).text.replace(/\s+/g, '');
			expect(report).toContain('补充：M-003已转介。');
			expect(report).toContain('Signedoffby王主任on');
		});
	}
);
