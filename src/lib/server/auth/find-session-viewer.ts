import type { PrismaClient } from '../db/generated/client';
import type { OrgRole } from '../../domain/vocabularies';
import type { Viewer } from '../../domain/viewer';

interface SessionViewerRow {
	sessionId: string;
	expiresAt: Date;
	userId: string;
	name: string;
	email: string;
	organizationId: string | null;
	organizationName: string | null;
	timeZone: string | null;
	role: OrgRole | null;
}

export interface SessionViewer {
	sessionId: string;
	userId: string;
	expiresAt: Date;
	/** Null when the person has no active membership: signed out of the app (see viewerFor). */
	viewer: (Viewer & { authSessionId: string }) | null;
}

/**
 * The session of a token with its person, their membership and its organization, in one statement. The
 * membership is the one viewerFor (trpc/context.ts) picks, the oldest active one; the session cache's tests pin
 * the two to the same answer.
 */
export async function findSessionViewer(prisma: PrismaClient, token: string): Promise<SessionViewer | null> {
	const [row] = await prisma.$queryRaw<SessionViewerRow[]>`
		SELECT s.id AS "sessionId", s."expiresAt", u.id AS "userId", u.name, u.email,
			m."organizationId", m.role::text AS role, o.name AS "organizationName", o."timeZone"
		FROM "session" s
		JOIN "user" u ON u.id = s."userId"
		LEFT JOIN LATERAL (
			SELECT "organizationId", role FROM "Membership"
			WHERE "userId" = u.id AND active
			ORDER BY "createdAt" ASC
			LIMIT 1
		) m ON true
		LEFT JOIN "Organization" o ON o.id = m."organizationId"
		WHERE s.token = ${token}`;
	if (!row) return null;
	const { sessionId, userId, expiresAt } = row;
	const viewer =
		row.organizationId && row.role && row.organizationName !== null && row.timeZone !== null
			? {
					userId,
					name: row.name,
					email: row.email,
					organizationId: row.organizationId,
					organizationName: row.organizationName,
					timeZone: row.timeZone,
					role: row.role,
					authSessionId: sessionId
				}
			: null;
	return { sessionId, userId, expiresAt: new Date(expiresAt), viewer };
}
