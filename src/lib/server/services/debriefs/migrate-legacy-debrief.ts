import * as Y from 'yjs';
import type { Prisma, PrismaClient } from '../../db/generated/client';
import { debriefDoc, debriefSections, migrateLegacySections } from '../../../domain/debrief';

/**
 * A debrief written before paragraphs keeps each section as one text: the first reader after the change moves
 * it into paragraphs, once (the write is guarded by the version read, so two readers at once do not both move
 * it). The move is stored as a change of its own, so earlier versions still rebuild from the stored changes.
 * Returns whether there was anything to move (moved here or by another reader at once: the caller reads again).
 */
export async function migrateLegacyDebrief(
	prisma: PrismaClient,
	debrief: { id: string; state: Uint8Array; version: number },
	userId: string
): Promise<boolean> {
	const doc = debriefDoc([new Uint8Array(debrief.state)]);
	const update = migrateLegacySections(doc);
	if (!update) return false;
	await prisma.$transaction(async (tx) => saveMigration(tx, debrief, doc, update, userId));
	return true;
}

/** Stores a migration made on `doc` (already applied to it) against the version it was read at. */
export async function saveMigration(
	tx: Prisma.TransactionClient,
	debrief: { id: string; version: number },
	doc: Y.Doc,
	update: Uint8Array,
	userId: string
) {
	const { count } = await tx.debrief.updateMany({
		where: { id: debrief.id, version: debrief.version },
		data: {
			state: new Uint8Array(Y.encodeStateAsUpdate(doc)),
			sections: debriefSections(doc),
			version: { increment: 1 }
		}
	});
	if (count === 0) return false;
	await tx.debriefUpdate.create({ data: { debriefId: debrief.id, userId, update: new Uint8Array(update) } });
	return true;
}
