import type { PrismaClient } from '../../db/generated/client';
import type { AddendumKind } from '../../../domain/review';
import { userNames } from './user-names';

export interface AddendumEntry {
	id: string;
	kind: AddendumKind;
	text: string;
	createdAt: Date;
	createdBy: { id: string; name: string | null };
}

export interface ListAddendaOptions {
	organizationId: string;
	groupId: string;
	/** A session's addenda; null for the addenda to the group's closing report. */
	sessionId: string | null;
}

/**
 * The addenda of one signed-off record, oldest first, each with who wrote it and when: for the session page, the
 * 过程记录 and the closing report documents. The caller has already checked that the viewer may read the group.
 */
export async function listAddenda(prisma: PrismaClient, o: ListAddendaOptions): Promise<AddendumEntry[]> {
	const rows = await prisma.addendum.findMany({
		where: { organizationId: o.organizationId, groupId: o.groupId, sessionId: o.sessionId },
		orderBy: { createdAt: 'asc' },
		select: { id: true, kind: true, text: true, createdAt: true, createdById: true }
	});
	const names = await userNames(
		prisma,
		o.organizationId,
		rows.map((r) => r.createdById)
	);
	return rows.map(({ createdById, ...row }) => ({
		...row,
		createdBy: { id: createdById, name: names.get(createdById) ?? null }
	}));
}
