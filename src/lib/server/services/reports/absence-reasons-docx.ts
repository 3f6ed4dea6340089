import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { translate, type MessageKey } from '../../../i18n';
import type { Locale } from '../../../i18n/types';
import type { AbsenceReasonBreakdown } from '../../../domain/attendance';

/**
 * The closing report's breakdown of absences and leave by reason, as a self-contained block (a heading, a one-line
 * summary and a table) that any report can place after its attendance section.
 */
export function absenceReasonsSection(
	breakdown: AbsenceReasonBreakdown,
	locale: Locale
): (Paragraph | Table)[] {
	const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
	const heading = new Paragraph({
		text: t('absence.breakdown.title'),
		heading: HeadingLevel.HEADING_2,
		keepNext: true
	});
	if (breakdown.absent + breakdown.excused === 0)
		return [heading, new Paragraph({ children: [new TextRun(t('absence.breakdown.none'))] })];
	const lines = breakdown.lines.filter((l) => l.reason !== null || l.absent + l.excused > 0);
	const rows = [
		[
			t('absence.breakdown.reason'),
			t('absence.breakdown.absent'),
			t('absence.breakdown.excused'),
			t('absence.breakdown.total')
		],
		...lines.map((l) => [
			l.reason ? t(`absence.reason.${l.reason}`) : t('absence.reason.none'),
			String(l.absent),
			String(l.excused),
			String(l.absent + l.excused)
		]),
		[
			t('absence.breakdown.total'),
			String(breakdown.absent),
			String(breakdown.excused),
			String(breakdown.absent + breakdown.excused)
		]
	];
	return [
		heading,
		new Paragraph({
			keepNext: true,
			children: [
				new TextRun(
					`${t('absence.breakdown.summary', { absent: breakdown.absent, excused: breakdown.excused })}${t('absence.breakdown.heldOnly')}`
				)
			]
		}),
		new Table({
			width: { size: 100, type: WidthType.PERCENTAGE },
			rows: rows.map(
				(cells, r) =>
					new TableRow({
						tableHeader: r === 0,
						cantSplit: true,
						children: cells.map(
							(text) =>
								new TableCell({
									children: [
										new Paragraph({
											keepNext: r < rows.length - 1,
											children: [new TextRun({ text, bold: r === 0 || r === rows.length - 1 })]
										})
									]
								})
						)
					})
			)
		})
	];
}
