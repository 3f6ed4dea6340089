import type { Prisma } from '../../db/generated/client';
import { badRequest } from '../../errors';

type Db = Prisma.TransactionClient;

/**
 * Saves the title and goals of the group's sessions as the plan book states them. A session that has been run
 * keeps its record as it was: changing its title or goals is refused; outlines of sessions the group no longer
 * has are ignored.
 */
export async function saveSessionOutlines(
	db: Db,
	groupId: string,
	outlines: { number: number; title: string; goals: string }[]
) {
	const sessions = await db.session.findMany({
		where: { groupId, number: { in: outlines.map((o) => o.number) } },
		select: { id: true, number: true, status: true, title: true, goals: true }
	});
	for (const session of sessions) {
		const outline = outlines.find((o) => o.number === session.number)!;
		if (outline.title === session.title && outline.goals === session.goals) continue;
		if (session.status === 'DONE') throw badRequest('groups.error.sessionOutlineRun');
		await db.session.update({
			where: { id: session.id },
			data: { title: outline.title, goals: outline.goals }
		});
	}
}
