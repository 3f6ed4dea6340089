import type { PrismaClient } from '../db/generated/client';
import type { Viewer } from '../../domain/viewer';
import type { Locale } from '../../i18n/types';
import type { RequestTiming } from '../http/server-timing';

export type { Viewer };

/** What every procedure sees: the database, and who is calling (null when signed out). */
export interface Context {
	prisma: PrismaClient;
	viewer: Viewer | null;
	locale: Locale;
	/** The client's address (adapter-node's socket address, or the configured proxy header), for rate limits. */
	clientAddress?: string | null;
	/** The request's timing, which every procedure's duration goes into (absent outside an HTTP request). */
	timing?: RequestTiming;
}

/** Finds the caller's active membership; a user without one is treated as signed out of the app. */
export async function viewerFor(
	prisma: PrismaClient,
	user: { id: string; name: string },
	authSessionId: string | null = null
) {
	const membership = await prisma.membership.findFirst({
		where: { userId: user.id, active: true },
		orderBy: { createdAt: 'asc' },
		select: {
			organizationId: true,
			role: true,
			organization: { select: { name: true, timeZone: true } },
			// The address as typed, not better-auth's key (which differs for a further account: see create-user.ts).
			user: { select: { email: true } }
		}
	});
	if (!membership) return null;
	return {
		userId: user.id,
		name: user.name,
		email: membership.user.email,
		organizationId: membership.organizationId,
		organizationName: membership.organization.name,
		timeZone: membership.organization.timeZone,
		role: membership.role,
		authSessionId
	} satisfies Viewer;
}
