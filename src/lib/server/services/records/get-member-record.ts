import type { PrismaClient } from '../../db/generated/client';
import { memberProfileSelect } from '../members/member-profile-select';
import type { Viewer } from '../../../domain/viewer';
import type { MemberAccess } from '../access/require-member-access';
import { notFound } from '../../errors';
import type { RecordEntry } from '../../../domain/member-record';
import { RECORD_KINDS, type RecordKind } from '../../../domain/vocabularies';
import type { RecordFilters } from '../../schemas/records/records.types';
import { dateRange, readableGroups } from './record-visibility';

export type { RecordEntry };

/** Per-query cap: a member's record across all their groups stays far below it. */
const MAX_ROWS = 2000;

const sessionSelect = { number: true, scheduledAt: true } as const;
const groupSelect = { id: true, name: true } as const;

/**
 * One record per person (一人一档): the member's intake, consent and every group they joined, with the notes,
 * attendance and scores of the groups the viewer may read. Every enrollment line is shown; a group the viewer
 * may not read shows its line but none of its notes.
 */
export async function getMemberRecord(
	prisma: PrismaClient,
	viewer: Viewer,
	access: MemberAccess,
	filters: RecordFilters
) {
	const memberId = access.memberId;
	const kinds = new Set<RecordKind>(filters.kinds?.length ? filters.kinds : RECORD_KINDS);
	const group = readableGroups(viewer, filters);
	const when = dateRange(filters);
	const bySession = when ? { session: { scheduledAt: when } } : {};
	const skip = <T>(kind: RecordKind, run: () => Promise<T[]>) =>
		kinds.has(kind) ? run() : Promise.resolve([] as T[]);

	const [member, enrollments, attendance, responses, notes, observations, conflicts] = await Promise.all([
		prisma.member.findFirst({
			where: { id: memberId, organizationId: access.organizationId },
			select: {
				...memberProfileSelect,
				createdAt: true
			}
		}),
		prisma.enrollment.findMany({
			where: { memberId },
			orderBy: { joinedAt: 'asc' },
			select: {
				joinedAt: true,
				leftAt: true,
				leaveReason: true,
				group: {
					select: {
						...groupSelect,
						status: true,
						closedAt: true,
						leaders: { where: { userId: viewer.userId }, select: { role: true } }
					}
				}
			}
		}),
		skip('ATTENDANCE', () =>
			prisma.attendance.findMany({
				where: { memberId, session: { group, ...(when ? { scheduledAt: when } : {}) } },
				take: MAX_ROWS,
				select: {
					id: true,
					status: true,
					minutesLate: true,
					absenceReason: true,
					note: true,
					session: { select: { ...sessionSelect, group: { select: groupSelect } } }
				}
			})),
		skip('MEASURE', () =>
			prisma.measureResponse.findMany({
				where: { memberId, group, ...(when ? { takenAt: when } : {}) },
				take: MAX_ROWS,
				select: {
					id: true,
					point: true,
					takenAt: true,
					score: true,
					itemScores: true,
					source: true,
					measure: { select: { nameZh: true, nameEn: true } },
					session: { select: { number: true } },
					group: { select: groupSelect }
				}
			})),
		skip('INTERACTION', () =>
			prisma.interactionNote.findMany({
				where: { OR: [{ fromMemberId: memberId }, { toMemberId: memberId }], group, ...bySession },
				take: MAX_ROWS,
				select: {
					id: true,
					kind: true,
					note: true,
					fromMemberId: true,
					fromMember: { select: { code: true } },
					toMember: { select: { code: true } },
					session: { select: sessionSelect },
					group: { select: groupSelect }
				}
			})),
		skip('OBSERVATION', () =>
			prisma.observation.findMany({
				where: { memberId, group, ...bySession },
				take: MAX_ROWS,
				select: {
					id: true,
					note: true,
					tags: true,
					session: { select: sessionSelect },
					group: { select: groupSelect }
				}
			})),
		skip('CONFLICT', () =>
			prisma.conflictLog.findMany({
				where: { members: { some: { memberId } }, group, ...bySession },
				take: MAX_ROWS,
				select: {
					id: true,
					type: true,
					severity: true,
					description: true,
					handling: true,
					resolved: true,
					members: { select: { member: { select: { id: true, code: true } } } },
					session: { select: sessionSelect },
					group: { select: groupSelect }
				}
			}))
	]);
	if (!member) throw notFound();

	const entries: RecordEntry[] = [
		...attendance.map((a): RecordEntry => ({
			kind: 'ATTENDANCE',
			id: a.id,
			groupId: a.session.group.id,
			groupName: a.session.group.name,
			sessionNumber: a.session.number,
			date: a.session.scheduledAt,
			status: a.status,
			minutesLate: a.minutesLate,
			absenceReason: a.absenceReason,
			note: a.note
		})),
		...responses.map((r): RecordEntry => ({
			kind: 'MEASURE',
			id: r.id,
			groupId: r.group.id,
			groupName: r.group.name,
			sessionNumber: r.session?.number ?? null,
			date: r.takenAt,
			measureNameZh: r.measure.nameZh,
			measureNameEn: r.measure.nameEn,
			point: r.point,
			score: r.score,
			itemScores: r.itemScores,
			source: r.source
		})),
		...notes.map((n): RecordEntry => ({
			kind: 'INTERACTION',
			id: n.id,
			groupId: n.group.id,
			groupName: n.group.name,
			sessionNumber: n.session.number,
			date: n.session.scheduledAt,
			direction: n.fromMemberId === memberId ? 'FROM' : 'TO',
			interactionKind: n.kind,
			otherCode: n.fromMemberId === memberId ? (n.toMember?.code ?? null) : n.fromMember.code,
			note: n.note
		})),
		...observations.map((o): RecordEntry => ({
			kind: 'OBSERVATION',
			id: o.id,
			groupId: o.group.id,
			groupName: o.group.name,
			sessionNumber: o.session.number,
			date: o.session.scheduledAt,
			note: o.note,
			tags: o.tags
		})),
		...conflicts.map((c): RecordEntry => ({
			kind: 'CONFLICT',
			id: c.id,
			groupId: c.group.id,
			groupName: c.group.name,
			sessionNumber: c.session.number,
			date: c.session.scheduledAt,
			conflictType: c.type,
			severity: c.severity,
			description: c.description,
			handling: c.handling,
			resolved: c.resolved,
			otherCodes: c.members.filter((m) => m.member.id !== memberId).map((m) => m.member.code)
		}))
	].sort((a, b) => b.date.getTime() - a.date.getTime() || a.kind.localeCompare(b.kind));

	const counts = Object.fromEntries(
		RECORD_KINDS.map((kind) => [kind, entries.filter((e) => e.kind === kind).length])
	) as Record<RecordKind, number>;
	const canReadGroup = (leads: boolean) => leads || viewer.role !== 'FACILITATOR';
	const { realName, contact, ...fields } = member;
	return {
		member: {
			...fields,
			// Identifying details go to the leaders of one of the member's groups only.
			realName: access.isLeader ? realName : null,
			contact: access.isLeader ? contact : null
		},
		isLeader: access.isLeader,
		canWrite: access.isLeader || viewer.role === 'ADMIN',
		canErase: viewer.role === 'ADMIN',
		enrollments: enrollments.map((e) => ({
			groupId: e.group.id,
			groupName: e.group.name,
			groupStatus: e.group.status,
			closedAt: e.group.closedAt,
			joinedAt: e.joinedAt,
			leftAt: e.leftAt,
			leaveReason: e.leaveReason,
			leaderRole: e.group.leaders[0]?.role ?? null,
			canReadNotes: canReadGroup(e.group.leaders.length > 0)
		})),
		entries,
		counts,
		filters: { ...filters, kinds: [...kinds] }
	};
}

export type MemberRecord = Awaited<ReturnType<typeof getMemberRecord>>;
