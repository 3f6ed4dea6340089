import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import type { PrismaClient } from '../../src/lib/server/db/generated/client';
import { assertConsent } from '../../src/lib/server/services/access/consent';
import * as Y from 'yjs';
import { debriefDoc, debriefSections } from '../../src/lib/domain/debrief';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { AppError } from '../../src/lib/server/errors';

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

const SECRET = {
	realName: '欧阳测试名',
	contact: 'tel-13800009999',
	intake: 'INTAKE-secret-need-7f3a',
	interaction: 'INTERACTION-secret-note-7f3a',
	observation: 'OBSERVATION-secret-note-7f3a',
	conflict: 'CONFLICT-secret-description-7f3a',
	handling: 'HANDLING-secret-text-7f3a',
	attendance: 'ATTENDANCE-secret-note-7f3a',
	goal: 'GOAL-secret-title-7f3a',
	leave: 'LEAVE-secret-reason-7f3a',
	photo: 'PHOTO-secret-bytes-7f3a'
};

/** The member to erase (M-002 of the teen group), with distinctive text in every place text about them can live. */
async function privacyWorld(prisma: PrismaClient) {
	const world = await demoWorld(prisma);
	const org = world.organizationId;
	const target = await prisma.member.findFirstOrThrow({ where: { organizationId: org, code: 'M-002' } });
	const other = await prisma.member.findFirstOrThrow({ where: { organizationId: org, code: 'M-004' } });
	const consentMember = await prisma.member.findFirstOrThrow({
		where: { organizationId: org, code: 'M-005' }
	});
	const session = await prisma.session.findFirstOrThrow({ where: { groupId: world.teen.id, number: 2 } });
	const lead = world.users.facilitator;
	await prisma.member.update({
		where: { id: target.id },
		data: {
			realName: SECRET.realName,
			contact: SECRET.contact,
			intakeNeeds: SECRET.intake,
			needTags: ['秘密标签7f3a']
		}
	});
	await prisma.enrollment.updateMany({ where: { memberId: target.id }, data: { leaveReason: SECRET.leave } });
	await prisma.attendance.updateMany({
		where: { memberId: target.id, sessionId: session.id },
		data: { note: SECRET.attendance }
	});
	const base = { organizationId: org, groupId: world.teen.id, sessionId: session.id, createdById: lead };
	await prisma.interactionNote.create({
		data: {
			...base,
			fromMemberId: target.id,
			toMemberId: other.id,
			kind: 'SUPPORTS',
			note: SECRET.interaction
		}
	});
	await prisma.observation.create({
		data: { ...base, memberId: target.id, note: SECRET.observation, tags: [] }
	});
	// Someone else's note that mentions the member by name: the name is masked, the rest stays.
	await prisma.observation.create({
		data: { ...base, memberId: other.id, note: `今天和${SECRET.realName}一起完成了任务。`, tags: [] }
	});
	await prisma.conflictLog.create({
		data: {
			...base,
			type: 'OTHER',
			severity: 1,
			description: SECRET.conflict,
			handling: SECRET.handling,
			members: { create: [{ memberId: target.id }, { memberId: other.id }] }
		}
	});
	await prisma.goalScale.create({
		data: {
			organizationId: org,
			groupId: world.teen.id,
			memberId: target.id,
			title: SECRET.goal,
			levels: ['a-7f3a', 'b-7f3a', 'c-7f3a', 'd-7f3a', 'e-7f3a']
		}
	});
	// A photo showing the member (its bytes carry a marker) is deleted; a photo of others keeps, its caption masked.
	const photo = (marker: string) => new Uint8Array([0xff, 0xd8, ...Buffer.from(marker), 0xff, 0xd9]);
	await prisma.sessionAttachment.create({
		data: {
			...base,
			kind: 'ACTIVITY',
			mime: 'image/jpeg',
			byteSize: 30,
			bytes: photo(SECRET.photo),
			members: {
				create: [
					{ organizationId: org, memberId: target.id },
					{ organizationId: org, memberId: other.id }
				]
			}
		}
	});
	await prisma.sessionAttachment.create({
		data: {
			...base,
			kind: 'ACTIVITY',
			mime: 'image/jpeg',
			byteSize: 30,
			caption: `${SECRET.realName}画的画`,
			bytes: photo('OTHER-photo-stays'),
			members: { create: [{ organizationId: org, memberId: other.id }] }
		}
	});
	// A leader wrote the name into the session's debrief: the Yjs state and its stored update hold it as bytes.
	const debrief = await prisma.debrief.findUniqueOrThrow({ where: { sessionId: session.id } });
	const doc = debriefDoc([new Uint8Array(debrief.state)]);
	const known = Y.encodeStateVector(doc);
	doc.getText('concerns').insert(0, `${SECRET.realName}今天情绪低落，需要跟进。`);
	await prisma.debrief.update({
		where: { id: debrief.id },
		data: { state: new Uint8Array(Y.encodeStateAsUpdate(doc)), sections: debriefSections(doc) }
	});
	await prisma.debriefUpdate.create({
		data: { debriefId: debrief.id, userId: lead, update: new Uint8Array(Y.encodeStateAsUpdate(doc, known)) }
	});
	return { ...world, target, other, consentMember, session };
}

/** Every text, varchar, array, json and binary column of every table in the public schema that contains `needle`. */
async function findEverywhere(prisma: PrismaClient, needle: string) {
	const columns = await prisma.$queryRawUnsafe<
		{ table_name: string; column_name: string; data_type: string }[]
	>(
		`SELECT table_name, column_name, data_type FROM information_schema.columns
		 WHERE table_schema = 'public'
		   AND (data_type IN ('text', 'character varying', 'jsonb', 'json', 'bytea') OR (data_type = 'ARRAY' AND udt_name IN ('_text', '_varchar')))
		 ORDER BY table_name, column_name`
	);
	expect(columns.length).toBeGreaterThan(30);
	// One statement asks every column at once (a statement per column made this file one of the slowest).
	const probes = columns.map((c) => {
		const expr =
			c.data_type === 'ARRAY'
				? `array_to_string("${c.column_name}", ' ')`
				: c.data_type.startsWith('json')
					? `"${c.column_name}"::text`
					: `"${c.column_name}"`;
		// Binary columns (Yjs debrief state and history) are searched for the text's UTF-8 bytes.
		const where =
			c.data_type === 'bytea'
				? `position(convert_to($1, 'UTF8') in "${c.column_name}") > 0`
				: `${expr} ILIKE '%' || $1 || '%'`;
		const name = `${c.table_name}.${c.column_name}`.replaceAll("'", "''");
		return `SELECT '${name}' AS hit WHERE EXISTS (SELECT 1 FROM "${c.table_name}" WHERE ${where})`;
	});
	const rows = await prisma.$queryRawUnsafe<{ hit: string }[]>(probes.join('\nUNION ALL\n'), needle);
	return rows.map((r) => r.hit);
}

async function attendanceCounts(prisma: PrismaClient, groupId: string) {
	const rows = await prisma.attendance.groupBy({
		by: ['sessionId', 'status'],
		where: { session: { groupId } },
		_count: { _all: true },
		orderBy: [{ sessionId: 'asc' }, { status: 'asc' }]
	});
	return rows.map((r) => `${r.sessionId}:${r.status}:${r._count._all}`);
}

onEachDatabase(
	'privacy: consent and erasure',
	(db) => privacyWorld(db.prisma),
	(world) => {
		it('withdrawing consent to notes stops new notes of that kind, keeps the consent date and is audited', async () => {
			const { as, db, consentMember, session } = world();
			const note = {
				sessionId: session.id,
				fromMemberId: consentMember.id,
				toMemberId: null,
				kind: 'SHARES' as const
			};
			await assertConsent(db.prisma, [consentMember.id], 'NOTES');
			expect(await codeOf(as.facilitator.interactions.create({ ...note, note: 'before' }))).toBe('OK');
			const before = await db.prisma.member.findUniqueOrThrow({ where: { id: consentMember.id } });

			expect(
				await codeOf(
					as.supervisor.records.updateConsent({
						memberId: consentMember.id,
						version: before.version,
						scopes: []
					})
				)
			).toBe('FORBIDDEN errors.FORBIDDEN');
			await as.facilitator.records.updateConsent({
				memberId: consentMember.id,
				version: before.version,
				scopes: ['PARTICIPATION', 'MEASURES']
			});
			const after = await db.prisma.member.findUniqueOrThrow({ where: { id: consentMember.id } });
			expect(after.consentScope).toEqual(['PARTICIPATION', 'MEASURES']);
			expect(after.consentDate).toEqual(before.consentDate);
			expect(after.consentWithdrawnAt).not.toBeNull();

			expect(await codeOf(assertConsent(db.prisma, [consentMember.id], 'NOTES'))).toBe(
				'BAD_REQUEST consent.missing.NOTES'
			);
			await assertConsent(db.prisma, [consentMember.id], 'MEASURES');
			const count = await db.prisma.interactionNote.count({ where: { fromMemberId: consentMember.id } });
			expect(await codeOf(as.facilitator.interactions.create({ ...note, note: 'after' }))).toBe(
				'BAD_REQUEST consent.missing.NOTES'
			);
			expect(
				await codeOf(
					as.facilitator.observations.create({
						sessionId: session.id,
						memberId: consentMember.id,
						note: 'x',
						tags: []
					})
				)
			).toBe('BAD_REQUEST consent.missing.NOTES');
			expect(await db.prisma.interactionNote.count({ where: { fromMemberId: consentMember.id } })).toBe(
				count
			);
			expect(
				await db.prisma.auditLog.count({
					where: { memberId: consentMember.id, action: 'UPDATE', entity: 'ConsentWithdrawal' }
				})
			).toBe(1);

			// A change made against the old version is refused and changes nothing.
			expect(
				await codeOf(
					as.facilitator.records.updateConsent({
						memberId: consentMember.id,
						version: before.version,
						scopes: ['PARTICIPATION', 'NOTES', 'MEASURES']
					})
				)
			).toBe('CONFLICT records.stale');
			expect(
				(await db.prisma.member.findUniqueOrThrow({ where: { id: consentMember.id } })).consentScope
			).toEqual(['PARTICIPATION', 'MEASURES']);
		});

		it('lets only admins erase, and only after the member’s code is typed exactly', async () => {
			const { as, db, target } = world();
			expect(await codeOf(as.facilitator.records.erase({ memberId: target.id, confirmCode: 'M-002' }))).toBe(
				'FORBIDDEN records.erase.adminOnly'
			);
			expect(await codeOf(as.supervisor.records.erase({ memberId: target.id, confirmCode: 'M-002' }))).toBe(
				'FORBIDDEN errors.FORBIDDEN'
			);
			expect(await codeOf(as.admin.records.erase({ memberId: target.id, confirmCode: 'M-003' }))).toBe(
				'BAD_REQUEST records.erase.codeMismatch'
			);
			expect(await codeOf(as.otherAdmin.records.erase({ memberId: target.id, confirmCode: 'M-002' }))).toBe(
				'NOT_FOUND errors.NOT_FOUND'
			);
			const unchanged = await db.prisma.member.findUniqueOrThrow({ where: { id: target.id } });
			expect(unchanged.realName).toBe(SECRET.realName);
			expect(unchanged.erasedAt).toBeNull();
		});

		it('erases every personal field and note text of the member everywhere, and keeps the group’s counts', async () => {
			const { as, db, target, teen, other } = world();
			for (const needle of Object.values(SECRET))
				expect((await findEverywhere(db.prisma, needle)).length, needle).toBeGreaterThan(0);
			const countsBefore = await attendanceCounts(db.prisma, teen.id);
			const attendanceRows = await db.prisma.attendance.count({ where: { memberId: target.id } });
			const responses = await db.prisma.measureResponse.count({ where: { memberId: target.id } });
			const interactions = await db.prisma.interactionNote.count({
				where: { OR: [{ fromMemberId: target.id }, { toMemberId: target.id }] }
			});

			const result = await as.admin.records.erase({ memberId: target.id, confirmCode: ' M-002 ' });
			expect(result.code).toMatch(/^ERASED-[0-9A-F]{8}$/);

			for (const needle of [...Object.values(SECRET), '秘密标签7f3a', 'a-7f3a'])
				expect(await findEverywhere(db.prisma, needle), needle).toEqual([]);
			const erased = await db.prisma.member.findUniqueOrThrow({ where: { id: target.id } });
			expect(erased).toMatchObject({
				code: result.code,
				realName: null,
				birthYear: null,
				gender: null,
				contact: null,
				intakeNeeds: '',
				needTags: [],
				consentScope: []
			});
			expect(erased.erasedAt).not.toBeNull();
			expect(
				await db.prisma.member.count({ where: { code: 'M-002', organizationId: erased.organizationId } })
			).toBe(0);
			// The other member's observation keeps its text, with the name masked.
			const mention = await db.prisma.observation.findFirstOrThrow({
				where: { memberId: other.id, note: { contains: '一起完成了任务' } }
			});
			expect(mention.note).toBe('今天和***一起完成了任务。');
			// The photo showing them is gone with its tags; the other member's photo stays, the name masked.
			expect(await db.prisma.sessionAttachmentMember.count({ where: { memberId: target.id } })).toBe(0);
			const photos = await db.prisma.sessionAttachment.findMany({
				where: { members: { some: { memberId: other.id } } },
				select: { caption: true }
			});
			expect(photos).toEqual([{ caption: '***画的画' }]);

			// Counts stay: attendance per session and status, interactions, scores.
			expect(await attendanceCounts(db.prisma, teen.id)).toEqual(countsBefore);
			expect(await db.prisma.attendance.count({ where: { memberId: target.id } })).toBe(attendanceRows);
			expect(await db.prisma.measureResponse.count({ where: { memberId: target.id } })).toBe(responses);
			expect(
				await db.prisma.interactionNote.count({
					where: { OR: [{ fromMemberId: target.id }, { toMemberId: target.id }] }
				})
			).toBe(interactions);

			// Audited, and nothing new can be recorded about them.
			expect(await db.prisma.auditLog.count({ where: { memberId: target.id, action: 'ERASE' } })).toBe(1);
			expect(await codeOf(assertConsent(db.prisma, [target.id], 'MEASURES'))).toBe(
				'BAD_REQUEST consent.missing.MEASURES'
			);
			expect(await codeOf(as.admin.records.erase({ memberId: target.id, confirmCode: result.code }))).toBe(
				'BAD_REQUEST records.erased'
			);
			const record = await as.facilitator.records.get({ memberId: target.id });
			expect(record.member.erasedAt).not.toBeNull();
			expect(record.member.realName).toBeNull();
		});
	}
);
