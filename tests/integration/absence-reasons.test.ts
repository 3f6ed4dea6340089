import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { codeOf } from './support/code-of';
import { absenceReasonBreakdown } from '../../src/lib/domain/attendance';
import { buildSignInSheetDocx } from '../../src/lib/server/services/exports/sign-in-sheet-docx';

const key = () => `k-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

async function absenceWorld(prisma: Parameters<typeof demoWorld>[0]) {
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
			select: { memberId: true, member: { select: { code: true, realName: true } } }
		})
	).map((e) => ({ id: e.memberId, code: e.member.code, realName: e.member.realName }));
	return { ...world, sessions, members };
}

/** Every held session's marks of a group, read plainly: what the breakdown must count. */
async function heldMarks(prisma: Parameters<typeof demoWorld>[0], groupId: string) {
	return prisma.attendance.findMany({
		where: { session: { groupId, status: 'DONE' } },
		select: { status: true, absenceReason: true }
	});
}

onEachDatabase(
	'absence reasons',
	(db) => absenceWorld(db.prisma),
	(world) => {
		it('saves 缺席 and 请假 with a reason and note once per key, audited, and clears them when marked present', async () => {
			const { as, db, sessions, members } = world();
			const sessionId = sessions[0].id;
			const [a, b] = members;
			const ill = {
				key: key(),
				memberId: a.id,
				status: 'ABSENT' as const,
				absenceReason: 'ILL' as const,
				note: ' 发烧 '
			};
			const leave = {
				key: key(),
				memberId: b.id,
				status: 'EXCUSED' as const,
				absenceReason: 'FAMILY' as const
			};
			const audits = () => db.prisma.auditLog.count({ where: { entity: 'Attendance', entityId: sessionId } });
			const before = await audits();
			const result = await as.facilitator.attendance.mark({ sessionId, changes: [ill, leave] });
			expect(result.applied).toEqual([ill.key, leave.key]);
			expect(result.attendance.find((x) => x.memberId === a.id)).toMatchObject({
				status: 'ABSENT',
				absenceReason: 'ILL',
				note: '发烧'
			});
			expect(await audits()).toBe(before + 2);

			// A replay of the same keys changes nothing and writes no audit row.
			const replay = await as.coleader.attendance.mark({ sessionId, changes: [ill, leave] });
			expect(replay.applied).toEqual([]);
			expect(await audits()).toBe(before + 2);
			const listed = await as.coleader.attendance.list({ sessionId });
			expect(listed.find((x) => x.memberId === b.id)).toMatchObject({ absenceReason: 'FAMILY', note: null });
			const run = await as.facilitator.sessions.run({ sessionId });
			expect(run.attendance.find((x) => x.memberId === a.id)).toMatchObject({
				absenceReason: 'ILL',
				note: '发烧'
			});

			// The member arrives after all: the reason and note go with the absence.
			await as.facilitator.attendance.mark({
				sessionId,
				changes: [{ key: key(), memberId: a.id, status: 'PRESENT' }]
			});
			const row = await db.prisma.attendance.findUniqueOrThrow({
				where: { sessionId_memberId: { sessionId, memberId: a.id } }
			});
			expect([row.status, row.absenceReason, row.note]).toEqual(['PRESENT', null, null]);
			// The older change replayed later does not bring the absence back.
			expect((await as.facilitator.attendance.mark({ sessionId, changes: [ill] })).applied).toEqual([]);
		});

		it('answers a bad reason or note with BAD_REQUEST and writes nothing', async () => {
			const { as, db, sessions, members } = world();
			const sessionId = sessions[1].id;
			const memberId = members[2].id;
			const before = await db.prisma.attendance.findUnique({
				where: { sessionId_memberId: { sessionId, memberId } }
			});
			const keys = await db.prisma.idempotencyKey.count();
			const audits = await db.prisma.auditLog.count({ where: { entity: 'Attendance' } });
			const bad: Record<string, unknown>[] = [
				{ status: 'ABSENT', absenceReason: 'BORED' },
				{ status: 'ABSENT', absenceReason: 'ill' },
				{ status: 'EXCUSED', absenceReason: 3 },
				{ status: 'PRESENT', absenceReason: 'ILL' },
				{ status: 'LATE', minutesLate: 5, note: '路上堵车' },
				{ status: 'ABSENT', absenceReason: 'TRANSPORT', note: 'x'.repeat(501) },
				{ status: 'ABSENT', absenceReason: 'TRANSPORT', note: 42 }
			];
			for (const change of bad)
				expect(
					await codeOf(
						as.facilitator.attendance.mark({
							sessionId,
							changes: [{ key: key(), memberId, ...change } as never]
						})
					)
				).toBe('BAD_REQUEST');
			expect(
				await db.prisma.attendance.findUnique({ where: { sessionId_memberId: { sessionId, memberId } } })
			).toEqual(before);
			expect(await db.prisma.idempotencyKey.count()).toBe(keys);
			expect(await db.prisma.auditLog.count({ where: { entity: 'Attendance' } })).toBe(audits);
		});

		it('shows the reasons on the member’s progress, the outcomes, the statistics and the closing report', async () => {
			const { as, db, sessions, members, teen } = world();
			const held = sessions.filter((s) => s.status === 'DONE');
			expect(held.length).toBeGreaterThan(1);
			const member = members[3];
			await as.facilitator.attendance.mark({
				sessionId: held[1].id,
				changes: [
					{
						key: key(),
						memberId: member.id,
						status: 'EXCUSED',
						absenceReason: 'SCHEDULE_CONFLICT',
						note: '考试周'
					},
					{ key: key(), memberId: members[4].id, status: 'ABSENT', absenceReason: 'TRANSPORT' }
				]
			});

			const progress = await as.supervisor.reports.memberProgress({ groupId: teen.id, memberId: member.id });
			expect(progress.absences).toContainEqual({
				number: held[1].number,
				status: 'EXCUSED',
				reason: 'SCHEDULE_CONFLICT',
				note: '考试周'
			});
			expect(progress.absences.length).toBe(progress.summary.absent + progress.summary.excused);

			const want = absenceReasonBreakdown(await heldMarks(db.prisma, teen.id));
			const outcomes = await as.supervisor.reports.outcomes({ groupId: teen.id });
			expect(outcomes.absenceReasons).toEqual(want);
			expect([want.absent, want.excused]).toEqual([outcomes.attendance.absent, outcomes.attendance.excused]);
			expect(want.lines.find((l) => l.reason === 'TRANSPORT')!.absent).toBeGreaterThanOrEqual(1);

			const all = absenceReasonBreakdown(
				await db.prisma.attendance.findMany({
					where: { organizationId: world().organizationId, session: { status: 'DONE' } },
					select: { status: true, absenceReason: true }
				})
			);
			const stats = await as.supervisor.supervision.absenceReasons({ from: '2000-01-01', to: '2100-12-31' });
			expect(stats).toEqual(all);
			const none = await as.supervisor.supervision.absenceReasons({ from: '2001-01-01', to: '2001-01-31' });
			expect([none.absent, none.excused]).toEqual([0, 0]);
			expect(
				await codeOf(as.facilitator.supervision.absenceReasons({ from: '2000-01-01', to: '2100-12-31' }))
			).toBe('FORBIDDEN');

			const report = await as.facilitator.reports.closingReport({ groupId: teen.id, reflection: '' });
			const body = strFromU8(
				unzipSync(new Uint8Array(Buffer.from(report.base64, 'base64')))['word/document.xml']
			);
			// The test callers read English.
			expect(body).toContain('Reasons for absence and leave');
			expect(body).toContain('Schedule conflict');
		});

		it('lists the currently enrolled members on the sign-in sheet, names only for leaders, and audits it', async () => {
			const { as, db, sessions, members, teen, elder } = world();
			const session = sessions[sessions.length - 1];
			const leaving = members[members.length - 1];
			await as.facilitator.members.withdraw({ groupId: teen.id, memberId: leaving.id, reason: '搬家' });
			await as.facilitator.attendance.mark({
				sessionId: session.id,
				changes: [
					{ key: key(), memberId: members[0].id, status: 'EXCUSED', absenceReason: 'ILL', note: '住院' }
				]
			});

			const sheet = await as.facilitator.sessions.signInSheet({ sessionId: session.id });
			expect(sheet.group.name).toBe(teen.name);
			expect(sheet.session.number).toBe(session.number);
			expect(sheet.showsNames).toBe(true);
			expect(sheet.members.map((m) => m.code)).toEqual(members.slice(0, -1).map((m) => m.code));
			expect(sheet.members[0]).toMatchObject({
				realName: members[0].realName,
				absence: { status: 'EXCUSED', reason: 'ILL' }
			});
			// The free-text note is not on the sheet that goes round the room.
			expect(JSON.stringify(sheet)).not.toContain('住院');

			const supervised = await as.supervisor.sessions.signInSheet({ sessionId: session.id });
			expect(supervised.showsNames).toBe(false);
			expect(supervised.members.every((m) => m.realName === null)).toBe(true);

			const audit = (action: 'READ' | 'EXPORT') =>
				db.prisma.auditLog.count({ where: { entity: 'SignInSheet', entityId: session.id, action } });
			expect(await audit('READ')).toBe(2);
			await as.facilitator.sessions.exportSignInSheet({ sessionId: session.id });
			const exported = await as.facilitator.sessions.exportSignInSheet({ sessionId: session.id });
			expect(await audit('EXPORT')).toBe(2);

			const docx = unzipSync(new Uint8Array(await buildSignInSheetDocx(exported, 'zh-CN')));
			const body = strFromU8(docx['word/document.xml']);
			expect(body).toContain('签到表');
			expect(body).toContain(members[0].code);
			expect(body).toContain('签名');
			expect(body).not.toContain(leaving.code);

			const elderSession = await db.prisma.session.findFirstOrThrow({ where: { groupId: elder.id } });
			expect(await codeOf(as.facilitator.sessions.signInSheet({ sessionId: elderSession.id }))).toBe(
				'FORBIDDEN'
			);
			expect(await codeOf(as.otherAdmin.sessions.exportSignInSheet({ sessionId: session.id }))).toBe(
				'NOT_FOUND'
			);
		});
	}
);
