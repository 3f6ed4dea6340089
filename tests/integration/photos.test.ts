import { TRPCError } from '@trpc/server';
import { afterAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../src/lib/server/db/generated/client';
import { seedLibrary } from '../../src/lib/server/db/seed';
import { AppError } from '../../src/lib/server/errors';
import { MAX_PHOTO_BYTES, MAX_PHOTOS_PER_SESSION } from '../../src/lib/domain/attachments';
import { backupOrganization } from '../../src/lib/server/services/backup/backup-organization';
import { restoreOrganization } from '../../src/lib/server/services/backup/restore-organization';
import { listSessionPhotos } from '../../src/lib/server/services/attachments/list-session-photos';
import { handleTrpcRequest } from '../../src/lib/server/trpc/http';
import { viewerFor } from '../../src/lib/server/trpc/context';
import { transformer } from '../../src/lib/trpc/transformer';
import { createTestDatabase, onEachDatabase, type TestDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { tableCounts } from './support/procedures';
import { jpegShaped, stripedPng } from './support/images';

/** How a call ended: 'OK', or the code, message key and parameters it was refused with. */
async function outcome(promise: Promise<unknown>) {
	try {
		await promise;
		return 'OK';
	} catch (error) {
		if (error instanceof TRPCError) {
			const params = error.cause instanceof AppError ? error.cause.params : undefined;
			return `${error.code} ${error.message}${params ? ' ' + JSON.stringify(params) : ''}`;
		}
		return `not a TRPCError: ${String(error)}`;
	}
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function photoWorld(prisma: PrismaClient) {
	const world = await demoWorld(prisma);
	const session = await prisma.session.findFirstOrThrow({ where: { groupId: world.teen.id, number: 1 } });
	const other = await prisma.session.findFirstOrThrow({ where: { groupId: world.teen.id, number: 2 } });
	const elderSession = await prisma.session.findFirstOrThrow({ where: { groupId: world.elder.id } });
	const enrolled = await prisma.enrollment.findMany({
		where: { groupId: world.teen.id, leftAt: null },
		orderBy: { member: { code: 'asc' } },
		select: { member: { select: { id: true, code: true } } }
	});
	const [consenting, refusing] = enrolled.map((e) => e.member);
	// One member of the teen group consents to photos; the demo's others consent to notes and measures only.
	await prisma.member.update({
		where: { id: consenting.id },
		data: { consentScope: ['PARTICIPATION', 'NOTES', 'MEASURES', 'PHOTOS'] }
	});
	const elderMember = await prisma.enrollment.findFirstOrThrow({
		where: {
			groupId: world.elder.id,
			leftAt: null,
			member: { enrollments: { none: { groupId: world.teen.id } } }
		},
		select: { memberId: true }
	});
	return {
		...world,
		session,
		other,
		elderSession,
		consenting,
		refusing,
		elderMemberId: elderMember.memberId
	};
}

const abort = new AbortController();
afterAll(() => abort.abort());

onEachDatabase(
	'session photos',
	(db) => photoWorld(db.prisma),
	(world) => {
		it('stores a photo with its kind, caption and tagged members, lists it and serves its exact bytes', async () => {
			const { as, session, consenting } = world();
			const png = stripedPng(80, 60);
			const saved = await as.facilitator.photos.upload({
				sessionId: session.id,
				kind: 'ACTIVITY',
				caption: '  合作画画  ',
				memberIds: [consenting.id],
				data: base64(png)
			});
			expect(saved).toMatchObject({
				kind: 'ACTIVITY',
				mime: 'image/png',
				byteSize: png.length,
				width: 80,
				height: 60,
				caption: '合作画画',
				members: [{ id: consenting.id, code: consenting.code }],
				canDelete: true
			});
			const list = await as.supervisor.photos.list({ sessionId: session.id });
			expect(list.photos.map((p) => p.id)).toContain(saved.id);
			expect(list.photos.find((p) => p.id === saved.id)).not.toHaveProperty('bytes');
			expect(list.members.find((m) => m.id === consenting.id)?.photosConsent).toBe(true);
			const read = await as.supervisor.photos.read({ sessionId: session.id, photoId: saved.id });
			expect(Buffer.from(read.data, 'base64').equals(png)).toBe(true);
			expect(read.mime).toBe('image/png');
		});

		it('audits reading a photo as a sensitive read, once per person and photo within the window', async () => {
			const { as, db, session, users } = world();
			const saved = await as.facilitator.photos.upload({
				sessionId: session.id,
				kind: 'SIGN_IN_SHEET',
				data: base64(stripedPng())
			});
			const reads = () =>
				db.prisma.auditLog.count({
					where: { entity: 'SessionAttachment', entityId: saved.id, action: 'READ', userId: users.supervisor }
				});
			await as.supervisor.photos.read({ sessionId: session.id, photoId: saved.id });
			await as.supervisor.photos.read({ sessionId: session.id, photoId: saved.id });
			expect(await reads()).toBe(1);
			expect(
				await db.prisma.auditLog.count({
					where: { entity: 'SessionAttachment', entityId: saved.id, action: 'CREATE' }
				})
			).toBe(1);
		});

		it('refuses a photo showing a member who has not consented to photos, naming the member by code', async () => {
			const { as, db, session, consenting, refusing } = world();
			const before = await tableCounts(db.prisma);
			expect(
				await outcome(
					as.facilitator.photos.upload({
						sessionId: session.id,
						kind: 'ACTIVITY',
						memberIds: [consenting.id, refusing.id],
						data: base64(stripedPng())
					})
				)
			).toBe(`BAD_REQUEST photos.error.noConsent {"codes":"${refusing.code}"}`);
			expect(await tableCounts(db.prisma)).toEqual(before);
			// Given consent, the same photo is accepted; withdrawn again, refused again.
			const version = (await db.prisma.member.findUniqueOrThrow({ where: { id: refusing.id } })).version;
			await as.facilitator.records.updateConsent({
				memberId: refusing.id,
				version,
				scopes: ['PARTICIPATION', 'PHOTOS']
			});
			const upload = () =>
				as.facilitator.photos.upload({
					sessionId: session.id,
					kind: 'ACTIVITY',
					memberIds: [refusing.id],
					data: base64(stripedPng())
				});
			expect(await outcome(upload())).toBe('OK');
			await as.facilitator.records.updateConsent({
				memberId: refusing.id,
				version: version + 1,
				scopes: ['PARTICIPATION']
			});
			expect(await outcome(upload())).toBe(`BAD_REQUEST photos.error.noConsent {"codes":"${refusing.code}"}`);
		});

		it('refuses a tagged member who is not in the group, even of the same organization', async () => {
			const { as, db, session, elderMemberId } = world();
			await db.prisma.member.update({
				where: { id: elderMemberId },
				data: { consentScope: { push: 'PHOTOS' } }
			});
			expect(
				await outcome(
					as.admin.photos.upload({
						sessionId: session.id,
						kind: 'ACTIVITY',
						memberIds: [elderMemberId],
						data: base64(stripedPng())
					})
				)
			).toBe('BAD_REQUEST sessionRun.memberNotInGroup');
		});

		it('refuses bytes that are not an image whatever they claim, and a photo over the size limit, storing nothing', async () => {
			const { as, db, session } = world();
			const before = await tableCounts(db.prisma);
			const upload = (bytes: Uint8Array) =>
				outcome(
					as.facilitator.photos.upload({ sessionId: session.id, kind: 'ACTIVITY', data: base64(bytes) })
				);
			const text = (s: string) => new TextEncoder().encode(s);
			expect(await upload(text('<html><script>alert(1)</script></html>'))).toBe(
				'BAD_REQUEST photos.error.notAnImage'
			);
			expect(await upload(text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBe(
				'BAD_REQUEST photos.error.notAnImage'
			);
			expect(await upload(jpegShaped(1000).subarray(0, 900))).toBe('BAD_REQUEST photos.error.notAnImage');
			// Exactly at the limit is accepted; one byte over is refused by the input's own bound.
			expect(await upload(jpegShaped(MAX_PHOTO_BYTES + 1))).toMatch(/^BAD_REQUEST /);
			expect(
				await outcome(
					as.facilitator.photos.upload({ sessionId: session.id, kind: 'ACTIVITY', data: 'not base64!' })
				)
			).toMatch(/^BAD_REQUEST /);
			expect(await tableCounts(db.prisma)).toEqual(before);
			expect(await upload(jpegShaped(MAX_PHOTO_BYTES))).toBe('OK');
		});

		it('answers an oversized upload over HTTP with a 4xx and a message, never a 500', async () => {
			const { db, session, users } = world();
			const user = await db.prisma.user.findUniqueOrThrow({ where: { id: users.facilitator } });
			const context = { prisma: db.prisma, viewer: await viewerFor(db.prisma, user), locale: 'en' as const };
			const before = await tableCounts(db.prisma);
			const body = transformer.serialize({
				sessionId: session.id,
				kind: 'ACTIVITY',
				data: base64(jpegShaped(MAX_PHOTO_BYTES * 2))
			});
			const response = await handleTrpcRequest(
				new Request('http://localhost/api/trpc/photos.upload', {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify(body)
				}),
				() => context
			);
			expect(response.status).toBe(400);
			const answer = (await response.json()) as {
				error: { json: { message: string; data: { fieldErrors: { path: string }[] } } };
			};
			expect(answer.error.json.message).toBe('errors.BAD_REQUEST');
			expect(answer.error.json.data.fieldErrors.map((f) => f.path)).toEqual(['data']);
			expect(await tableCounts(db.prisma)).toEqual(before);
		});

		it('answers a request over the server’s body limit with 413 and a message key, in tRPC’s shape', async () => {
			const { db, users } = world();
			const user = await db.prisma.user.findUniqueOrThrow({ where: { id: users.facilitator } });
			const context = { prisma: db.prisma, viewer: await viewerFor(db.prisma, user), locale: 'en' as const };
			// adapter-node fails the body's stream with status 413 once it passes BODY_SIZE_LIMIT.
			const overLimit = () =>
				new ReadableStream({
					start(controller) {
						controller.error(Object.assign(new Error('Content-length exceeds limit'), { status: 413 }));
					}
				});
			const post = (path: string) =>
				handleTrpcRequest(
					new Request(`http://localhost/api/trpc/${path}`, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: overLimit(),
						duplex: 'half'
					} as RequestInit),
					() => context
				);
			const single = await post('photos.upload');
			expect(single.status).toBe(413);
			expect(await single.json()).toMatchObject({
				error: { json: { message: 'errors.PAYLOAD_TOO_LARGE', data: { httpStatus: 413 } } }
			});
			const batch = await post('photos.upload,photos.list?batch=1');
			expect(batch.status).toBe(413);
			expect(await batch.json()).toHaveLength(2);
		});

		it('refuses more than the photos a session may hold', async () => {
			const { as, db, other } = world();
			const existing = await db.prisma.sessionAttachment.count({ where: { sessionId: other.id } });
			const teen = await db.prisma.session.findUniqueOrThrow({
				where: { id: other.id },
				select: { groupId: true, organizationId: true }
			});
			await db.prisma.sessionAttachment.createMany({
				data: Array.from({ length: MAX_PHOTOS_PER_SESSION - existing }, () => ({
					organizationId: teen.organizationId,
					groupId: teen.groupId,
					sessionId: other.id,
					kind: 'ACTIVITY' as const,
					mime: 'image/png',
					byteSize: 1,
					bytes: new Uint8Array([1]),
					createdById: 'x'
				}))
			});
			expect(
				await outcome(
					as.facilitator.photos.upload({ sessionId: other.id, kind: 'ACTIVITY', data: base64(stripedPng()) })
				)
			).toBe(`BAD_REQUEST photos.error.tooMany {"max":${MAX_PHOTOS_PER_SESSION}}`);
			await db.prisma.sessionAttachment.deleteMany({ where: { sessionId: other.id } });
		});

		it('lets only people who may see the group see its photos, and never another organization', async () => {
			const { as, session, other, elderSession, users, db } = world();
			const saved = await as.facilitator.photos.upload({
				sessionId: session.id,
				kind: 'ACTIVITY',
				data: base64(stripedPng())
			});
			const read = (caller: typeof as.admin, sessionId = session.id) =>
				outcome(caller.photos.read({ sessionId, photoId: saved.id }));
			expect(await read(as.otherAdmin)).toBe('NOT_FOUND errors.NOT_FOUND');
			expect(await outcome(as.otherAdmin.photos.list({ sessionId: session.id }))).toBe(
				'NOT_FOUND errors.NOT_FOUND'
			);
			expect(await read(as.anonymous)).toBe('UNAUTHORIZED errors.UNAUTHORIZED');
			// The photo's id through another session of the same group, or a session the caller leads, finds nothing.
			expect(await read(as.facilitator, other.id)).toBe('NOT_FOUND errors.NOT_FOUND');
			const elderLead = await db.prisma.groupLeader.findFirstOrThrow({
				where: { groupId: elderSession.groupId, role: 'LEAD' }
			});
			expect(elderLead.userId).toBe(users.coleader);
			expect(await read(as.coleader, elderSession.id)).toBe('NOT_FOUND errors.NOT_FOUND');
			// A facilitator who does not lead the group is refused; supervisors read, but do not upload.
			const facilitatorOnElder = await outcome(as.facilitator.photos.list({ sessionId: elderSession.id }));
			expect(facilitatorOnElder).toBe('FORBIDDEN errors.FORBIDDEN');
			expect(await read(as.supervisor)).toBe('OK');
			expect(
				await outcome(
					as.supervisor.photos.upload({ sessionId: session.id, kind: 'ACTIVITY', data: base64(stripedPng()) })
				)
			).toBe('FORBIDDEN errors.FORBIDDEN');
			expect(await outcome(as.otherAdmin.photos.delete({ sessionId: session.id, photoId: saved.id }))).toBe(
				'NOT_FOUND errors.NOT_FOUND'
			);
			expect(await db.prisma.sessionAttachment.count({ where: { id: saved.id } })).toBe(1);
		});

		it('lets the author or the group’s lead delete a photo, not another co-leader', async () => {
			const { as, db, session } = world();
			const byLead = await as.facilitator.photos.upload({
				sessionId: session.id,
				kind: 'ACTIVITY',
				data: base64(stripedPng())
			});
			const byCoLeader = await as.coleader.photos.upload({
				sessionId: session.id,
				kind: 'ACTIVITY',
				data: base64(stripedPng())
			});
			const listed = await as.coleader.photos.list({ sessionId: session.id });
			expect(listed.photos.find((p) => p.id === byLead.id)?.canDelete).toBe(false);
			expect(await outcome(as.coleader.photos.delete({ sessionId: session.id, photoId: byLead.id }))).toBe(
				'FORBIDDEN photos.error.deleteNotAllowed'
			);
			expect(
				await outcome(as.facilitator.photos.delete({ sessionId: session.id, photoId: byCoLeader.id }))
			).toBe('OK');
			expect(await outcome(as.facilitator.photos.delete({ sessionId: session.id, photoId: byLead.id }))).toBe(
				'OK'
			);
			expect(
				await db.prisma.sessionAttachment.count({ where: { id: { in: [byLead.id, byCoLeader.id] } } })
			).toBe(0);
			expect(
				await db.prisma.auditLog.count({
					where: { entity: 'SessionAttachment', action: 'DELETE', entityId: byLead.id }
				})
			).toBe(1);
		});

		it('hands a document the photos of a session with their bytes, the sign-in sheet first', async () => {
			const { as, session, organizationId } = world();
			const sheet = stripedPng(40, 40);
			await as.facilitator.photos.upload({
				sessionId: session.id,
				kind: 'SIGN_IN_SHEET',
				caption: '签到表',
				data: base64(sheet)
			});
			const photos = await listSessionPhotos(world().db.prisma, { organizationId, sessionId: session.id });
			expect(photos.length).toBeGreaterThan(1);
			expect(photos[0].kind).toBe('SIGN_IN_SHEET');
			const found = photos.find((p) => p.caption === '签到表')!;
			expect(Buffer.from(found.bytes).equals(sheet)).toBe(true);
			expect(found.mime).toBe('image/png');
			// Another organization's scope finds nothing.
			expect(
				await listSessionPhotos(world().db.prisma, { organizationId: 'other', sessionId: session.id })
			).toEqual([]);
		});
	}
);

describe.each(['pglite', 'postgres'] as const)('session photos in a backup (%s)', (kind) => {
	const open: TestDatabase[] = [];
	afterAll(async () => {
		for (const db of open) await db.close();
	});

	it('restores the photos with their exact bytes and tagged members', async () => {
		const source = await createTestDatabase(kind, { seeded: true });
		open.push(source);
		const world = await photoWorld(source.prisma);
		const png = stripedPng(90, 30);
		const saved = await world.as.facilitator.photos.upload({
			sessionId: world.session.id,
			kind: 'ACTIVITY',
			memberIds: [world.consenting.id],
			data: base64(png)
		});
		const backup = JSON.parse(JSON.stringify(await backupOrganization(source.prisma, world.organizationId)));
		expect(backup.tables.SessionAttachment).toHaveLength(1);
		expect(backup.tables.SessionAttachmentMember).toHaveLength(1);

		const target = await createTestDatabase(kind);
		open.push(target);
		await seedLibrary(target.prisma);
		const result = await restoreOrganization(target.prisma, backup);
		expect(result.rows.SessionAttachment).toBe(1);
		const restored = await target.prisma.sessionAttachment.findUniqueOrThrow({
			where: { id: saved.id },
			include: { members: true }
		});
		expect(Buffer.from(restored.bytes).equals(png)).toBe(true);
		expect(restored.members.map((m) => m.memberId)).toEqual([world.consenting.id]);
	});
});
