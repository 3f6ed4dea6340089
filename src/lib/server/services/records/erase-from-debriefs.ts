import * as Y from 'yjs';
import { DEBRIEF_SECTIONS, debriefDoc, debriefSections, setSectionText } from '../../../domain/debrief';
import type { Prisma } from '../../db/generated/client';

/**
 * A debrief is a Yjs document whose state and stored updates keep every character ever typed, deleted text
 * included. Where a name appears in those bytes, the document is rebuilt from its current text with the name
 * masked, and its history is replaced by that one state: the earlier versions of that debrief are given up.
 */
export async function eraseFromDebriefs(
	tx: Prisma.TransactionClient,
	options: { organizationId: string; name: string; mask: string; userId: string }
) {
	const { organizationId, name, mask, userId } = options;
	const touched = await tx.$queryRaw<{ id: string }[]>`
		SELECT d.id FROM "Debrief" d
		WHERE d."organizationId" = ${organizationId}
		  AND (position(convert_to(${name}, 'UTF8') in d.state) > 0
		       OR EXISTS (SELECT 1 FROM "DebriefUpdate" u
		                  WHERE u."debriefId" = d.id AND position(convert_to(${name}, 'UTF8') in u."update") > 0))`;
	for (const { id } of touched) {
		const debrief = await tx.debrief.findUniqueOrThrow({ where: { id }, select: { state: true } });
		const current = debriefSections(debriefDoc([new Uint8Array(debrief.state)]));
		const doc = new Y.Doc();
		for (const section of DEBRIEF_SECTIONS)
			setSectionText(doc, section, current[section].split(name).join(mask));
		const state = new Uint8Array(Y.encodeStateAsUpdate(doc));
		await tx.debriefUpdate.deleteMany({ where: { debriefId: id } });
		await tx.debrief.update({
			where: { id },
			data: { state, sections: debriefSections(doc), version: { increment: 1 } }
		});
		await tx.debriefUpdate.create({ data: { debriefId: id, userId, update: state } });
	}
	return touched.length;
}
