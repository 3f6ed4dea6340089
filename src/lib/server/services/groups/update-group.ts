import { dateOnly } from '../../../domain/dates';
import type { PrismaClient } from '../../db/generated/client';
import { badRequest, conflict } from '../../errors';
import type { UpdateGroupInput } from '../../schemas/groups/group-design.types';
import type { GroupAccess } from '../access/require-group-access';
import { assertThemeAllowed } from './check-theme';
import { syncSessions } from './sync-sessions';
import { saveSessionOutlines } from './save-session-outlines';
import type { Viewer } from '../../../domain/viewer';
import { recordAudit } from '../audit/record-audit';

/**
 * Saves the group's design and schedule against the version the editor started from (a stale version is a
 * CONFLICT and changes nothing), then regenerates the sessions that have not run.
 */
export async function updateGroup(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	input: UpdateGroupInput & { groupId?: string }
) {
	const { version, startDate, sessionCount, groupId: _groupId, sessionOutlines, ...design } = input;
	return prisma.$transaction(async (tx) => {
		const { timeZone, customThemes } = await tx.organization.findUniqueOrThrow({
			where: { id: access.organizationId },
			select: { timeZone: true, customThemes: true }
		});
		const current = await tx.group.findUniqueOrThrow({
			where: { id: access.groupId },
			select: { theme: true }
		});
		assertThemeAllowed(input.theme, customThemes, [current.theme]);
		const updated = await tx.group.updateMany({
			where: { id: access.groupId, version },
			data: {
				...design,
				plannedSessionCount: sessionCount,
				startDate: dateOnly(startDate),
				version: { increment: 1 }
			}
		});
		if (updated.count === 0) throw conflict('errors.CONFLICT');
		const enrolled = await tx.enrollment.count({ where: { groupId: access.groupId, leftAt: null } });
		if (enrolled > input.capacity) throw badRequest('groups.error.capacityBelowMembers');
		await syncSessions(tx, {
			...input,
			organizationId: access.organizationId,
			groupId: access.groupId,
			timeZone
		});
		if (sessionOutlines) await saveSessionOutlines(tx, access.groupId, sessionOutlines);
		await recordAudit(tx, viewer, {
			action: 'UPDATE',
			entity: 'Group',
			entityId: access.groupId,
			groupId: access.groupId
		});
		return { version: version + 1 };
	});
}
