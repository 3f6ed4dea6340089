import type { PrismaClient } from '../../db/generated/client';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { seesIdentity } from '../access/identity';
import { recordAudit, recordRead } from '../audit/record-audit';
import { notFound } from '../../errors';
import { takesAbsenceReason } from '../../../domain/attendance';

export interface SignInSheetOptions {
	/** `read`: the print page (audited once per window as a read); `export`: the Word download (audited each time). */
	purpose: 'read' | 'export';
}

/**
 * The session's sign-in sheet (签到表) for paper sign-in: the group and session, the date in the organization's
 * time zone, and one row per member currently enrolled (not withdrawn), by code, with the name only for those who
 * see identities (`seesIdentity`). A member already marked 缺席 or 请假 carries that mark and its reason (never the
 * free-text note, since the sheet is passed round the room).
 */
export async function getSignInSheet(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	options: SignInSheetOptions
) {
	const session = await prisma.session.findFirst({
		where: { id: access.sessionId, groupId: access.groupId },
		select: {
			id: true,
			number: true,
			title: true,
			scheduledAt: true,
			plannedMinutes: true,
			group: {
				select: {
					id: true,
					name: true,
					organization: { select: { name: true, timeZone: true } },
					leaders: { orderBy: { role: 'asc' }, select: { user: { select: { name: true } } } },
					enrollments: {
						where: { leftAt: null },
						orderBy: { member: { code: 'asc' } },
						select: { leftAt: true, member: { select: { id: true, code: true, realName: true } } }
					}
				}
			},
			attendance: { select: { memberId: true, status: true, absenceReason: true } }
		}
	});
	if (!session) throw notFound();
	const audit = { entity: 'SignInSheet' as const, entityId: session.id, groupId: access.groupId };
	if (options.purpose === 'export') await recordAudit(prisma, viewer, { action: 'EXPORT', ...audit });
	else await recordRead(prisma, viewer, audit);

	const { group } = session;
	const marks = new Map(session.attendance.map((a) => [a.memberId, a]));
	const showsNames = access.isLeader;
	return {
		group: { id: group.id, name: group.name },
		organizationName: group.organization.name,
		timeZone: group.organization.timeZone,
		session: {
			id: session.id,
			number: session.number,
			title: session.title,
			scheduledAt: session.scheduledAt,
			plannedMinutes: session.plannedMinutes
		},
		leaders: group.leaders.map((l) => l.user.name),
		showsNames,
		members: group.enrollments.map(({ leftAt, member }) => {
			const mark = marks.get(member.id);
			return {
				code: member.code,
				realName: seesIdentity(showsNames, { leftAt }) ? member.realName : null,
				absence:
					mark && takesAbsenceReason(mark.status) ? { status: mark.status, reason: mark.absenceReason } : null
			};
		})
	};
}

export type SignInSheet = Awaited<ReturnType<typeof getSignInSheet>>;
