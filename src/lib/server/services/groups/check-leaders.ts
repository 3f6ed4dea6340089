import type { Prisma } from '../../db/generated/client';
import { badRequest } from '../../errors';

type Db = Prisma.TransactionClient;

/** Leaders must be active users of the group's organization; anyone else is refused as bad input. */
export async function assertLeadersInOrganization(db: Db, organizationId: string, userIds: string[]) {
	const found = await db.membership.count({
		where: { organizationId, userId: { in: userIds }, active: true }
	});
	if (found !== new Set(userIds).size) throw badRequest('groups.error.leaderNotInOrg');
}
