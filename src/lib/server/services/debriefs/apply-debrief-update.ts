import * as Y from 'yjs';
import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { realtime } from '../../realtime/bus';
import { debriefDoc, debriefSections, fromBase64, migrateLegacySections } from '../../../domain/debrief';
import { badRequest, conflict, forbidden } from '../../errors';
import { debriefChannel, MAX_LIVE_UPDATE_CHARS, type DebriefEvent } from './debrief-channel';
import { ensureDebrief } from './ensure-debrief';
import { assertSessionUnlocked } from '../access/record-lock';
import { recordOncePerWindow } from '../audit/record-audit';
import { DEBRIEF_EDIT_AUDIT_WINDOW_MS } from '../../../domain/audit';

const MAX_ATTEMPTS = 20;

/**
 * Merges one writer's Yjs update into the stored debrief. The merge runs against the version read and is
 * retried when another writer saved in between, so two updates sent at the same time are both kept. Each
 * update is stored with who sent it and when (for history), then published live to the other writers.
 * The audit log gets one row per writer per debrief per DEBRIEF_EDIT_AUDIT_WINDOW_MS, in the update's transaction.
 */
export async function applyDebriefUpdate(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	input: { update: string; clientId: string }
) {
	if (!access.isLeader) throw forbidden('debrief.onlyLeaders');
	const update = fromBase64(input.update);
	try {
		Y.applyUpdate(new Y.Doc(), update);
	} catch {
		throw badRequest('debrief.badUpdate');
	}
	const debriefId = await ensureDebrief(prisma, access.organizationId, access.sessionId);
	for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
		const saved = await prisma.$transaction(async (tx) => {
			await assertSessionUnlocked(tx, access.sessionId);
			const current = await tx.debrief.findUniqueOrThrow({
				where: { id: debriefId },
				select: { state: true, version: true }
			});
			const doc = debriefDoc([new Uint8Array(current.state), update]);
			// A writer on an older page may still send a section's single text: it is moved into paragraphs.
			const migration = migrateLegacySections(doc);
			const { count } = await tx.debrief.updateMany({
				where: { id: debriefId, version: current.version },
				data: {
					state: new Uint8Array(Y.encodeStateAsUpdate(doc)),
					sections: debriefSections(doc),
					version: { increment: 1 }
				}
			});
			if (count === 0) return null;
			await tx.debriefUpdate.create({
				data: { debriefId, userId: viewer.userId, update: new Uint8Array(update) }
			});
			if (migration)
				await tx.debriefUpdate.create({
					data: { debriefId, userId: viewer.userId, update: new Uint8Array(migration) }
				});
			await recordOncePerWindow(
				tx,
				viewer,
				{ action: 'UPDATE', entity: 'Debrief', entityId: debriefId, groupId: access.groupId },
				DEBRIEF_EDIT_AUDIT_WINDOW_MS
			);
			return { version: current.version + 1 };
		});
		if (saved) {
			const event: DebriefEvent = {
				type: 'update',
				clientId: input.clientId,
				update: input.update.length <= MAX_LIVE_UPDATE_CHARS ? input.update : null,
				version: saved.version
			};
			await (await realtime()).publish(debriefChannel(access.sessionId), event);
			return { debriefId, version: saved.version };
		}
	}
	throw conflict('debrief.busy');
}
