import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { seesIdentity } from '../access/identity';
import type { ListConflictsInput } from '../../schemas/conflicts/conflict.types';
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
				members: {
					select: {
						member: {
							select: {
								id: true,
								code: true,
								realName: true,
								enrollments: { where: { groupId: access.groupId }, select: { leftAt: true } }
							}
						}
					}
				}
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
		canWrite: access.canWrite,
		sessions,
		conflicts: conflicts.map(({ members, ...c }) => ({
			...c,
			members: members.map(({ member: { enrollments, ...member } }) => ({
				...member,
				realName: seesIdentity(access.isLeader, enrollments[0]) ? member.realName : null
			}))
		}))
	};
}
