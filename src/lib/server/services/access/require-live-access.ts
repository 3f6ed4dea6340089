import { Prisma, type PrismaClient } from '../../db/generated/client';
import type { OrgRole } from '../../db/generated/enums';
import type { Viewer } from '../../../domain/viewer';
import { unauthorized } from '../../errors';
import { decideFromColumns, groupAccessSql, type GroupAccessColumns } from './require-group-access';

type LiveRow = GroupAccessColumns & { viewerRole: OrgRole | null; signedIn: boolean };

/**
 * Whether the viewer may still read this session, asked again before every event of a live stream: the sign-in
 * session still exists (not signed out elsewhere, not expired), the membership is still active (its current role
 * decides), and the group rule still lets them read. One statement on primary and unique keys, so that it stays
 * cheap at one call per event; it reads the shared database, so a change made through any instance counts.
 * Throws the refusal (UNAUTHORIZED, FORBIDDEN, NOT_FOUND), which ends the stream.
 */
export async function requireLiveSessionRead(prisma: PrismaClient, viewer: Viewer, sessionId: string) {
	const access = groupAccessSql(viewer, 'read');
	// A caller built without a sign-in session (a script, a test) has only its membership and group checked.
	const signedIn = viewer.authSessionId
		? Prisma.sql`EXISTS (SELECT 1 FROM "session" a WHERE a.id = ${viewer.authSessionId}
			AND a."userId" = ${viewer.userId} AND a."expiresAt" > now())`
		: Prisma.sql`TRUE`;
	const [row] = await prisma.$queryRaw<LiveRow[]>`
		SELECT ${access.columns},
			(SELECT m.role::text FROM "Membership" m WHERE m."organizationId" = ${viewer.organizationId}
				AND m."userId" = ${viewer.userId} AND m.active) AS "viewerRole",
			${signedIn} AS "signedIn"
		FROM "Session" s JOIN ${access.from} ON g.id = s."groupId"
		WHERE s.id = ${sessionId} AND ${access.where}`;
	if (row && (!row.signedIn || row.viewerRole === null)) throw unauthorized();
	return decideFromColumns(row, { ...viewer, role: row?.viewerRole ?? viewer.role }, 'read');
}
