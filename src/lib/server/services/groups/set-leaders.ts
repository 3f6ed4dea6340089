import type { PrismaClient } from '../../db/generated/client';
import type { LeaderRole } from '../../db/generated/enums';
import { conflict } from '../../errors';
import type { GroupAccess } from '../access/require-group-access';
import { assertLeadersInOrganization } from './check-leaders';
import type { Viewer } from '../../../domain/viewer';
import { recordAudit } from '../audit/record-audit';

export interface SetLeadersOptions {
	version: number;
	leaders: { userId: string; role: LeaderRole }[];
}

/** Replaces the group's leaders (one LEAD, any CO_LEADERs), checked against the group's version. */
export async function setLeaders(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	options: SetLeadersOptions
) {
	return prisma.$transaction(async (tx) => {
		await assertLeadersInOrganization(
			tx,
			access.organizationId,
			options.leaders.map((l) => l.userId)
		);
		const updated = await tx.group.updateMany({
			where: { id: access.groupId, version: options.version },
			data: { version: { increment: 1 } }
		});
		if (updated.count === 0) throw conflict('errors.CONFLICT');
		await tx.groupLeader.deleteMany({ where: { groupId: access.groupId } });
		await tx.groupLeader.createMany({
			data: options.leaders.map((l) => ({
				...l,
				groupId: access.groupId,
				organizationId: access.organizationId
			}))
		});
		await recordAudit(tx, viewer, {
			action: 'UPDATE',
			entity: 'GroupLeader',
			entityId: access.groupId,
			groupId: access.groupId
		});
		return { version: options.version + 1 };
	});
}
