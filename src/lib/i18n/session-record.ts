import { attendanceCounts } from '../domain/attendance';
import { DEBRIEF_SECTIONS } from '../domain/debrief';
import { memberLabel, type RecordAttendanceRow, type SessionRecord } from '../domain/session-record';
import type { I18n, MessageKey } from './index';
import type { ReviewTrail } from '../domain/review';
import { observationTagLabel } from './observation-tags';

/**
 * The process record (过程记录) as text in the reader's language: sections of fields, tables and free text. The
 * print page and the Word document both render these sections, so they always say the same.
 */
export type RecordBlock =
	| { kind: 'fields'; fields: { label: string; value: string }[] }
	| { kind: 'table'; header: string[]; rows: string[][]; widths: number[] }
	| { kind: 'text'; text: string }
	| { kind: 'subheading'; text: string }
	| { kind: 'photo'; photoId: string; caption: string; width: number | null; height: number | null };

export interface RecordSection {
	key: string;
	title: string;
	blocks: RecordBlock[];
}

interface Column<Row> {
	label: string;
	/** Share of the table's width, in percent. */
	width: number;
	value: (row: Row) => string;
}

const tableOf = <Row>(columns: Column<Row>[], rows: Row[]): RecordBlock => ({
	kind: 'table',
	header: columns.map((c) => c.label),
	rows: rows.map((row) => columns.map((c) => c.value(row))),
	widths: columns.map((c) => c.width)
});

/** The attendance table's columns: a field added to the attendance rows is shown by one more entry here. */
export function attendanceColumns(i18n: I18n): Column<RecordAttendanceRow>[] {
	const { t } = i18n;
	return [
		{
			label: t('sessionRecord.member'),
			width: 30,
			value: (r) => memberLabel(r.member, '', i18n.locale === 'en')
		},
		{
			label: t('sessionRecord.attendance'),
			width: 18,
			value: (r) =>
				r.status
					? [
							t(`attendance.status.${r.status}` as MessageKey),
							r.absenceReason ? t(`absence.reason.${r.absenceReason}`) : ''
						]
							.filter(Boolean)
							.join(' · ')
					: t('sessionRecord.notRecorded')
		},
		{
			label: t('sessionRecord.minutesLate'),
			width: 14,
			value: (r) => (r.minutesLate ? String(r.minutesLate) : '')
		},
		{ label: t('sessionRecord.note'), width: 38, value: (r) => r.note }
	];
}

export function sessionRecordTitle(record: SessionRecord, i18n: I18n) {
	return {
		title: i18n.t('sessionRecord.title'),
		subtitle: `${record.group.name} · ${i18n.t('sessionRecord.sessionValue', {
			n: record.session.number,
			title: record.session.title
		})}`
	};
}

/** Every section of the record, in order. */
export function sessionRecordSections(record: SessionRecord, i18n: I18n): RecordSection[] {
	const { t } = i18n;
	const english = i18n.locale === 'en';
	const wholeGroup = t('sessionRecord.wholeGroup');
	const who = (m: Parameters<typeof memberLabel>[0]) => memberLabel(m, wholeGroup, english);
	const list = (items: string[]) => items.join(english ? ', ' : '、');
	const section = (key: string, title: MessageKey, blocks: RecordBlock[]): RecordSection => ({
		key,
		title: t(title),
		blocks
	});
	const text = (value: string): RecordBlock => ({ kind: 'text', text: value });
	const { session } = record;
	const counts = attendanceCounts(record.attendance.map((a) => a.status));

	const sections = [
		section('basics', 'sessionRecord.section.basics', [
			{
				kind: 'fields',
				fields: [
					{ label: t('sessionRecord.organization'), value: record.organizationName },
					{ label: t('sessionRecord.group'), value: record.group.name },
					{
						label: t('sessionRecord.session'),
						value: t('sessionRecord.sessionValue', { n: session.number, title: session.title })
					},
					{
						label: t('sessionRecord.time'),
						value: i18n.date(session.scheduledAt, {
							year: 'numeric',
							month: 'long',
							day: 'numeric',
							weekday: 'short',
							hour: '2-digit',
							minute: '2-digit',
							hour12: false
						})
					},
					{ label: t('sessionRecord.stage'), value: t(`stage.${session.stage}` as MessageKey) },
					{ label: t('sessionRecord.status'), value: t(`sessionStatus.${session.status}` as MessageKey) },
					{
						label: t('sessionRecord.leaders'),
						value: list(
							record.leaders.map((l) => {
								const role = t(`leader.${l.role}` as MessageKey);
								return english ? `${l.name} (${role})` : `${l.name}（${role}）`;
							})
						)
					},
					{ label: t('sessionRecord.goals'), value: session.goals.trim() }
				]
			}
		]),
		section(
			'plan',
			'sessionRecord.section.plan',
			record.plan.items.length
				? [
						tableOf(
							[
								{ label: t('doc.time'), width: 18, value: (i) => `${i.startClock}–${i.endClock}` },
								{
									label: t('doc.activity'),
									width: 37,
									value: (i) => i.title || t(`doc.kind.${i.kind}` as MessageKey)
								},
								{
									label: t('doc.minutes'),
									width: 15,
									value: (i) => t('common.minutes', { n: i.minutes })
								},
								{ label: t('doc.notes'), width: 30, value: (i) => i.notes }
							],
							record.plan.items
						),
						text(
							t('sessionRecord.planTotal', {
								total: record.plan.totalMinutes,
								planned: session.plannedMinutes
							})
						)
					]
				: [text(t('sessionRecord.noPlan'))]
		),
		section(
			'attendance',
			'sessionRecord.section.attendance',
			record.attendance.length
				? [
						text(t('sessionRecord.attendanceSummary', { ...counts })),
						tableOf(attendanceColumns(i18n), record.attendance)
					]
				: [text(t('sessionRecord.noMembers'))]
		),
		section(
			'interactions',
			'sessionRecord.section.interactions',
			record.interactions.length
				? [
						tableOf(
							[
								{ label: t('sessionRecord.at'), width: 10, value: (n) => i18n.time(n.createdAt) },
								{ label: t('sessionRecord.from'), width: 23, value: (n) => who(n.from) },
								{ label: t('sessionRecord.to'), width: 23, value: (n) => who(n.to) },
								{
									label: t('sessionRecord.kind'),
									width: 14,
									value: (n) => t(`records.interaction.${n.kind}` as MessageKey)
								},
								{ label: t('sessionRecord.content'), width: 30, value: (n) => n.note }
							],
							record.interactions
						)
					]
				: [text(t('sessionRecord.noInteractions'))]
		),
		section(
			'conflicts',
			'sessionRecord.section.conflicts',
			record.conflicts.length
				? [
						tableOf(
							[
								{
									label: t('sessionRecord.conflictType'),
									width: 14,
									value: (c) =>
										`${t(`conflicts.type.${c.type}` as MessageKey)}\n${t('conflicts.severityValue', { n: c.severity })}`
								},
								{
									label: t('sessionRecord.members'),
									width: 18,
									value: (c) => list(c.members.map((m) => who(m)))
								},
								{ label: t('sessionRecord.description'), width: 26, value: (c) => c.description },
								{ label: t('sessionRecord.handling'), width: 26, value: (c) => c.handling },
								{
									label: t('sessionRecord.outcome'),
									width: 16,
									value: (c) =>
										c.resolved
											? t('sessionRecord.resolved')
											: c.followUpAt
												? t('sessionRecord.followUpOn', { date: i18n.day(c.followUpAt) })
												: t('sessionRecord.unresolved')
								}
							],
							record.conflicts
						)
					]
				: [text(t('sessionRecord.noConflicts'))]
		),
		section(
			'observations',
			'sessionRecord.section.observations',
			record.observations.length
				? [
						tableOf(
							[
								{ label: t('sessionRecord.at'), width: 12, value: (o) => i18n.time(o.createdAt) },
								{ label: t('sessionRecord.about'), width: 20, value: (o) => who(o.member) },
								{
									label: t('sessionRecord.tags'),
									width: 18,
									value: (o) => list(o.tags.map((tag) => observationTagLabel(i18n.locale, tag)))
								},
								{ label: t('sessionRecord.content'), width: 50, value: (o) => o.note }
							],
							record.observations
						)
					]
				: [text(t('sessionRecord.noObservations'))]
		),
		section(
			'debrief',
			'sessionRecord.section.debrief',
			record.debrief
				? DEBRIEF_SECTIONS.flatMap((s): RecordBlock[] => [
						{ kind: 'subheading', text: t(`debrief.section.${s}` as MessageKey) },
						text(record.debrief![s].trim() || t('sessionRecord.emptySection'))
					])
				: [text(t('sessionRecord.noDebrief'))]
		)
	];
	return [...sections, photosSection(record, i18n), reviewTrailSection(record.review, i18n)].filter(
		(s): s is RecordSection => s !== null
	);
}

/**
 * A signed-off record's appendix: who signed it off and when, and every addendum since with who and when. Shown by
 * the 过程记录 and the closing report alike; a record never signed off has none.
 */
export function reviewTrailSection(trail: ReviewTrail, i18n: I18n): RecordSection | null {
	if (!trail.signedOff && trail.addenda.length === 0) return null;
	const { t } = i18n;
	const nobody = t('sessionRecord.unknownPerson');
	// A record's stamp carries its year: the document is read long after.
	const stamp = (at: Date) =>
		i18n.date(at, {
			year: 'numeric',
			month: 'short',
			day: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			hour12: false
		});
	return {
		key: 'review',
		title: t('sessionRecord.section.review'),
		blocks: [
			{
				kind: 'fields',
				fields: [
					{
						label: t('sessionRecord.signedOff'),
						value: trail.signedOff
							? t('sessionRecord.signedOffBy', {
									name: trail.signedOff.by ?? nobody,
									time: stamp(trail.signedOff.at)
								})
							: '—'
					}
				]
			},
			trail.addenda.length
				? {
						kind: 'table',
						header: [
							t('sessionRecord.addendumAt'),
							t('sessionRecord.addendumBy'),
							t('review.addendumKind'),
							t('review.addendumText')
						],
						rows: trail.addenda.map((a) => [
							stamp(a.at),
							a.by ?? nobody,
							t(`review.addendumKind.${a.kind}`),
							a.text
						]),
						widths: [20, 15, 20, 45]
					}
				: { kind: 'text', text: t('review.noAddenda') }
		]
	};
}

/**
 * Session photos (the signed 签到表 first, then activity photos), as the record's last section, each with its
 * kind, caption and the codes of the members tagged on it. A session without photos has no such section.
 */
export function photosSection(record: SessionRecord, i18n: I18n): RecordSection | null {
	if (record.photos.length === 0) return null;
	const { t } = i18n;
	return {
		key: 'photos',
		title: t('sessionRecord.section.photos'),
		blocks: record.photos.map((photo) => ({
			kind: 'photo',
			photoId: photo.id,
			caption: [
				t(`photos.kind.${photo.kind}`),
				photo.caption,
				photo.memberCodes.length
					? t('sessionRecord.photoMembers', { codes: photo.memberCodes.join(', ') })
					: ''
			]
				.filter(Boolean)
				.join(' · '),
			width: photo.width,
			height: photo.height
		}))
	};
}
