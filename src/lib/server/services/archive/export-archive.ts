import { recordAudit } from '../audit/record-audit';
import { strToU8, zipSync } from 'fflate';
import type { PrismaClient } from '../../db/generated/client';
import type { Locale } from '../../../i18n/types';
import { observationTagLabel } from '../../../i18n/observation-tags';
import type { GroupAccess } from '../access/require-group-access';
import { badRequest, notFound } from '../../errors';
import { AccessGate } from '../access/access-gate';
import type { Viewer } from '../../../domain/viewer';
import { buildClosingReport } from '../reports/build-closing-report';
import { archiveDocx } from './archive-docx';
import { buildDocument } from '../documents/document-builds';
import { dateOnlyString, zonedIso } from '../../../domain/dates';
import { toCsv, type CsvCell } from '../../../domain/csv';
import { ATTENDED_STATUSES } from '../../../domain/attendance';

const csv = (fields: string[], rows: CsvCell[][]) => strToU8(toCsv([fields, ...rows]));

/**
 * An archived group as one zip: CSVs of members (by code, never real names), sessions, attendance, conflicts,
 * notes and measure responses, the archive summary (.docx) and the closing evaluation report (.docx). Only closed groups are exported this way.
 */
export function exportArchive(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	options: { locale: Locale }
): Promise<{ filename: string; base64: string }> {
	return buildDocument(() => buildArchive(prisma, viewer, access, options));
}

async function buildArchive(
	prisma: PrismaClient,
	viewer: Viewer,
	access: GroupAccess,
	options: { locale: Locale }
): Promise<{ filename: string; base64: string }> {
	const groupId = access.groupId;
	const [group, organization] = await Promise.all([
		prisma.group.findUnique({
			where: { id: groupId },
			select: {
				name: true,
				theme: true,
				status: true,
				targetPopulation: true,
				goals: true,
				startDate: true,
				closedAt: true,
				closingSummary: true,
				leaders: { orderBy: { role: 'asc' }, select: { user: { select: { name: true } } } }
			}
		}),
		prisma.organization.findUniqueOrThrow({
			where: { id: access.organizationId },
			select: { timeZone: true }
		})
	]);
	if (!group) throw notFound();
	if (group.status !== 'CLOSED') throw badRequest('archive.notClosed');
	// Instants in the organization's wall clock with their offset; date-only values as the dates they are.
	const iso = (d: Date | null | undefined) => (d ? zonedIso(d, organization.timeZone) : '');

	const [enrollments, sessions, attendance, conflicts, interactions, observations, responses, present] =
		await Promise.all([
			prisma.enrollment.findMany({
				where: { groupId },
				orderBy: { member: { code: 'asc' } },
				select: {
					joinedAt: true,
					leftAt: true,
					leaveReason: true,
					member: { select: { code: true, birthYear: true, gender: true, erasedAt: true } }
				}
			}),
			prisma.session.findMany({
				where: { groupId },
				orderBy: { number: 'asc' },
				select: {
					id: true,
					number: true,
					title: true,
					stage: true,
					scheduledAt: true,
					status: true,
					plannedMinutes: true
				}
			}),
			prisma.attendance.findMany({
				where: { session: { groupId } },
				orderBy: [{ session: { number: 'asc' } }, { member: { code: 'asc' } }],
				select: {
					status: true,
					minutesLate: true,
					absenceReason: true,
					note: true,
					session: { select: { number: true } },
					member: { select: { code: true } }
				}
			}),
			prisma.conflictLog.findMany({
				where: { groupId },
				orderBy: { createdAt: 'asc' },
				select: {
					type: true,
					severity: true,
					description: true,
					handling: true,
					resolved: true,
					followUpAt: true,
					createdAt: true,
					session: { select: { number: true } },
					members: { select: { member: { select: { code: true } } } }
				}
			}),
			prisma.interactionNote.findMany({
				where: { groupId },
				orderBy: { createdAt: 'asc' },
				select: {
					kind: true,
					note: true,
					createdAt: true,
					session: { select: { number: true } },
					fromMember: { select: { code: true } },
					toMember: { select: { code: true } }
				}
			}),
			prisma.observation.findMany({
				where: { groupId },
				orderBy: { createdAt: 'asc' },
				select: {
					note: true,
					tags: true,
					createdAt: true,
					session: { select: { number: true } },
					member: { select: { code: true } }
				}
			}),
			prisma.measureResponse.findMany({
				where: { groupId },
				orderBy: [{ takenAt: 'asc' }, { member: { code: 'asc' } }],
				select: {
					point: true,
					takenAt: true,
					itemScores: true,
					score: true,
					source: true,
					measure: { select: { key: true, nameZh: true, nameEn: true } },
					session: { select: { number: true } },
					member: { select: { code: true } }
				}
			}),
			prisma.attendance.groupBy({
				by: ['sessionId'],
				where: { session: { groupId }, status: { in: [...ATTENDED_STATUSES] } },
				_count: { _all: true }
			})
		]);

	const totals = new Map<string, number>();
	const presentBy = new Map(present.map((p) => [p.sessionId, p._count._all]));
	const sessionIdByNumber = new Map(sessions.map((s) => [s.number, s.id]));
	for (const a of attendance) {
		const id = sessionIdByNumber.get(a.session.number)!;
		totals.set(id, (totals.get(id) ?? 0) + 1);
	}
	const report = await archiveDocx(
		{
			name: group.name,
			theme: group.theme,
			targetPopulation: group.targetPopulation,
			goals: group.goals,
			startDate: group.startDate,
			closedAt: group.closedAt,
			closingSummary: group.closingSummary,
			leaders: group.leaders.map((l) => l.user.name),
			memberCount: enrollments.length,
			conflictCount: conflicts.length,
			sessions: sessions.map((s) => ({
				number: s.number,
				title: s.title,
				scheduledAt: s.scheduledAt,
				status: s.status,
				present: presentBy.get(s.id) ?? 0,
				total: totals.get(s.id) ?? 0
			}))
		},
		options.locale,
		organization.timeZone
	);

	// The closing evaluation report of the reports area (charts of attendance and change), with the closing summary
	// as the leader's reflection. Its statement checks the same read access again (cheap, and one way to read outcomes).
	const evaluation = await buildClosingReport(prisma, {
		gate: new AccessGate(viewer, 'read'),
		groupId: access.groupId,
		locale: options.locale,
		reflection: group.closingSummary ?? ''
	});
	const files: Record<string, Uint8Array> = {
		'members.csv': csv(
			['code', 'joinedAt', 'leftAt', 'leaveReason', 'birthYear', 'gender', 'erased'],
			enrollments.map((e) => [
				e.member.code,
				iso(e.joinedAt),
				iso(e.leftAt),
				e.leaveReason ?? '',
				e.member.birthYear ?? '',
				e.member.gender ?? '',
				e.member.erasedAt ? 'yes' : ''
			])
		),
		'sessions.csv': csv(
			['number', 'title', 'stage', 'scheduledAt', 'status', 'plannedMinutes'],
			sessions.map((s) => [s.number, s.title, s.stage, iso(s.scheduledAt), s.status, s.plannedMinutes])
		),
		'attendance.csv': csv(
			['session', 'member', 'status', 'minutesLate', 'absenceReason', 'note'],
			attendance.map((a) => [
				a.session.number,
				a.member.code,
				a.status,
				a.minutesLate ?? '',
				a.absenceReason ?? '',
				a.note ?? ''
			])
		),
		'conflicts.csv': csv(
			[
				'session',
				'createdAt',
				'type',
				'severity',
				'members',
				'description',
				'handling',
				'resolved',
				'followUpAt'
			],
			conflicts.map((c) => [
				c.session.number,
				iso(c.createdAt),
				c.type,
				c.severity,
				c.members.map((m) => m.member.code).join(' '),
				c.description,
				c.handling,
				c.resolved ? 'yes' : 'no',
				c.followUpAt ? dateOnlyString(c.followUpAt) : ''
			])
		),
		'notes.csv': csv(
			['kind', 'session', 'createdAt', 'member', 'toMember', 'interactionKind', 'tags', 'note'],
			[
				...interactions.map((n) => [
					'INTERACTION',
					n.session.number,
					iso(n.createdAt),
					n.fromMember.code,
					n.toMember?.code ?? 'GROUP',
					n.kind,
					'',
					n.note
				]),
				...observations.map((o) => [
					'OBSERVATION',
					o.session.number,
					iso(o.createdAt),
					o.member?.code ?? 'GROUP',
					'',
					'',
					o.tags.map((tag) => observationTagLabel(options.locale, tag)).join('; '),
					o.note
				])
			]
		),
		'measure-responses.csv': csv(
			['measure', 'measureName', 'member', 'point', 'session', 'takenAt', 'itemScores', 'score', 'source'],
			responses.map((r) => [
				r.measure.key ?? '',
				options.locale === 'en' ? r.measure.nameEn : r.measure.nameZh,
				r.member.code,
				r.point,
				r.session?.number ?? '',
				iso(r.takenAt),
				r.itemScores.join(' '),
				r.score,
				r.source
			])
		),
		'report.docx': new Uint8Array(report),
		'closing-evaluation-report.docx': new Uint8Array(Buffer.from(evaluation.base64, 'base64'))
	};
	const zip = zipSync(files, { level: 6 });
	const safeName = group.name.replace(/[\\/:*?"<>|\s]+/g, '-');
	await recordAudit(prisma, viewer, { action: 'EXPORT', entity: 'GroupArchive', entityId: groupId, groupId });
	return { filename: `archive-${safeName}.zip`, base64: Buffer.from(zip).toString('base64') };
}
