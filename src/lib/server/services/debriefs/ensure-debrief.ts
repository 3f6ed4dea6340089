import * as Y from 'yjs';
import type { PrismaClient } from '../../db/generated/client';
import { Prisma } from '../../db/generated/client';
import { DEBRIEF_SECTIONS } from '../../../domain/debrief';

/** The session's debrief row, created empty on first use (two first writers at once: one creates, both use it). */
export async function ensureDebrief(prisma: PrismaClient, organizationId: string, sessionId: string) {
	const existing = await prisma.debrief.findUnique({ where: { sessionId }, select: { id: true } });
	if (existing) return existing.id;
	try {
		const created = await prisma.debrief.create({
			data: {
				organizationId,
				sessionId,
				state: new Uint8Array(Y.encodeStateAsUpdate(new Y.Doc())),
				sections: Object.fromEntries(DEBRIEF_SECTIONS.map((s) => [s, '']))
			},
			select: { id: true }
		});
		return created.id;
	} catch (error) {
		if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
			const row = await prisma.debrief.findUniqueOrThrow({ where: { sessionId }, select: { id: true } });
			return row.id;
		}
		throw error;
	}
}
