import { sessionPhase } from '../../../domain/vocabularies';
import * as Y from 'yjs';
import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { DEBRIEF_SECTIONS, type DebriefSections, toBase64 } from '../../../domain/debrief';
import { recordRead } from '../audit/record-audit';
import { notFound } from '../../errors';
import { migrateLegacyDebrief } from './migrate-legacy-debrief';

const emptySections = () => Object.fromEntries(DEBRIEF_SECTIONS.map((s) => [s, ''])) as DebriefSections;

/** A session's debrief: the full Yjs state to start from, its text, comments, and who may write. */
export async function getDebrief(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	migrated = false
): ReturnType<typeof shapeDebrief> {
	const read = await readDebrief(prisma, access);
	const { debrief } = read;
	// A debrief from before paragraphs is moved into paragraphs once, then read again.
	if (debrief && !migrated && (await migrateLegacyDebrief(prisma, debrief, viewer.userId)))
		return getDebrief(prisma, viewer, access, true);
	return shapeDebrief(prisma, viewer, access, read);
}

async function readDebrief(prisma: PrismaClient, access: GroupAccess & { sessionId: string }) {
	const session = await prisma.session.findFirst({
		where: { id: access.sessionId, groupId: access.groupId },
		select: {
			id: true,
			number: true,
			title: true,
			status: true,
			startedAt: true,
			scheduledAt: true,
			group: { select: { id: true, name: true } },
			debrief: {
				select: {
					id: true,
					state: true,
					sections: true,
					version: true,
					updatedAt: true,
					comments: {
						orderBy: { createdAt: 'asc' },
						take: 200,
						select: { id: true, userId: true, body: true, createdAt: true }
					}
				}
			}
		}
	});
	if (!session) throw notFound();
	return session;
}

async function shapeDebrief(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	session: Awaited<ReturnType<typeof readDebrief>>
) {
	const { debrief, ...rest } = session;
	const userIds = [...new Set(debrief?.comments.map((c) => c.userId) ?? [])];
	const users = userIds.length
		? await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })
		: [];
	const names = new Map(users.map((u) => [u.id, u.name]));
	// The page reads it again on every live resync: repeats within a few minutes are audited once.
	await recordRead(prisma, viewer, {
		entity: 'Debrief',
		entityId: debrief?.id ?? null,
		groupId: access.groupId
	});
	const writable = access.status !== 'CLOSED';
	return {
		session: { ...rest, phase: sessionPhase(rest) },
		debriefId: debrief?.id ?? null,
		state: toBase64(debrief ? new Uint8Array(debrief.state) : Y.encodeStateAsUpdate(new Y.Doc())),
		sections: (debrief?.sections as DebriefSections | undefined) ?? emptySections(),
		version: debrief?.version ?? 0,
		updatedAt: debrief?.updatedAt ?? null,
		canEdit: access.isLeader && writable,
		canComment: writable,
		comments: (debrief?.comments ?? []).map((c) => ({ ...c, userName: names.get(c.userId) ?? '' }))
	};
}
