import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '../../db/generated/client';
import { conflict } from '../../errors';

type Tx = Prisma.TransactionClient;

export interface CreateOnceOptions {
	organizationId: string;
	/** Which kind of note: keys of different kinds never clash. */
	entity: 'conflict' | 'interaction' | 'observation';
	/** The client's key for this note (the run screen makes one per note and resends it until saved). */
	key: string | undefined;
}

/**
 * Creates a run-screen note exactly once per client key. The run screen queues notes taken while offline and
 * resends each with its key until it gets an answer; a resend of a note already saved (its answer was lost) gets
 * the saved note back instead of a second copy. The key is claimed in IdempotencyKey in the same transaction as
 * the note, so a refused note leaves no key behind, and the note's id is derived from the key so that a replay
 * finds it. Two sends of one key at once: the second waits on the first's unique key, then finds its note.
 */
export async function createOnce<T>(
	prisma: PrismaClient,
	options: CreateOnceOptions,
	find: (tx: Tx, id: string) => Promise<T | null>,
	create: (tx: Tx, id: string | undefined) => Promise<T>
): Promise<T> {
	const { key, organizationId, entity } = options;
	if (!key) return prisma.$transaction((tx) => create(tx, undefined));
	const stored = `${organizationId}:${entity}:${key}`;
	const id = `k${createHash('sha256').update(stored).digest('hex').slice(0, 24)}`;
	return prisma.$transaction(async (tx) => {
		const claimed = await tx.idempotencyKey.createMany({
			data: [{ key: stored, organizationId }],
			skipDuplicates: true
		});
		if (claimed.count === 1) return create(tx, id);
		const saved = await find(tx, id);
		// Saved once and deleted since (an interaction undone): sending it again must not bring it back.
		if (!saved) throw conflict('sessionRun.noteDeleted');
		return saved;
	});
}
