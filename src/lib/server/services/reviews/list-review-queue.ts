import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import { userNames } from './user-names';

/** Comments on a leader's records stay on their dashboard this long. */
const COMMENTED_WINDOW_MS = 14 * 24 * 60 * 60_000;

/**
 * What waits for review, for the dashboard. A supervisor (or admin) sees every record of the organization waiting
 * for sign-off, except in groups they lead themselves (someone else signs those). Leaders see their groups'
 * records waiting, and their records someone else commented on in the last two weeks (signed off since or not).
 */
export async function listReviewQueue(prisma: PrismaClient, viewer: Viewer) {
	const supervises = viewer.role === 'SUPERVISOR' || viewer.role === 'ADMIN';
	const since = new Date(Date.now() - COMMENTED_WINDOW_MS);
	const leads = { leaders: { some: { userId: viewer.userId } } };
	const rows = await prisma.review.findMany({
		where: {
			organizationId: viewer.organizationId,
			OR: [
				...(supervises ? [{ status: 'REQUESTED' as const, group: { NOT: leads } }] : []),
				{ group: leads, status: 'REQUESTED' as const },
				{ group: leads, comments: { some: { authorId: { not: viewer.userId }, createdAt: { gte: since } } } }
			]
		},
		orderBy: { requestedAt: 'asc' },
		take: 50,
		select: {
			id: true,
			status: true,
			requestedAt: true,
			requestedById: true,
			group: {
				select: { id: true, name: true, leaders: { where: { userId: viewer.userId }, select: { id: true } } }
			},
			session: { select: { id: true, number: true, title: true } },
			comments: {
				orderBy: { createdAt: 'desc' },
				take: 1,
				select: { authorId: true, createdAt: true }
			}
		}
	});
	const names = await userNames(
		prisma,
		viewer.organizationId,
		rows.flatMap((r) => [r.requestedById, r.comments[0]?.authorId ?? null])
	);
	return rows.map((r) => {
		const last = r.comments[0];
		const mine = r.group.leaders.length > 0;
		return {
			id: r.id,
			status: r.status,
			group: { id: r.group.id, name: r.group.name },
			session: r.session,
			requestedAt: r.requestedAt,
			requestedBy: names.get(r.requestedById) ?? null,
			/** For a supervisor: waits for their sign-off. For a leader: their own record. */
			toSignOff: !mine && supervises && r.status === 'REQUESTED',
			lastComment:
				last && last.authorId !== viewer.userId
					? { by: names.get(last.authorId) ?? null, at: last.createdAt }
					: null
		};
	});
}
