import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import type { ListConflictsInput } from '../../routers/conflicts/conflict.types';
import { auditNoteReads } from '../sessions/audit-note-reads';

/** A group's conflict logs, newest first, filtered; every member whose logs are read is audited. */
export async function listConflicts(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	filters: ListConflictsInput
) {
	const [conflicts, sessions] = await Promise.all([
		prisma.conflictLog.findMany({
			where: {
				groupId: access.groupId,
				type: filters.type,
				resolved: filters.resolved,
				sessionId: filters.sessionId
			},
			orderBy: { createdAt: 'desc' },
			take: 200,
			select: {
				id: true,
				type: true,
				severity: true,
				description: true,
				handling: true,
				resolved: true,
				followUpAt: true,
				version: true,
				createdAt: true,
				session: { select: { id: true, number: true } },
				members: { select: { member: { select: { id: true, code: true, realName: true } } } }
			}
		}),
		prisma.session.findMany({
			where: { groupId: access.groupId },
			orderBy: { number: 'asc' },
			select: { id: true, number: true }
		})
	]);
	await auditNoteReads(prisma, viewer, {
		entity: 'ConflictLog',
		groupId: access.groupId,
		memberIds: conflicts.flatMap((c) => c.members.map((m) => m.member.id))
	});
	return {
		canWrite: (access.isLeader || viewer.role === 'ADMIN') && access.status !== 'CLOSED',
		sessions,
		conflicts: conflicts.map(({ members, ...c }) => ({
			...c,
			members: members.map(({ member }) => ({
				...member,
				realName: access.isLeader ? member.realName : null
			}))
		}))
	};
}
