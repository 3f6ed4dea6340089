import {
	AlignmentType,
	Document,
	HeadingLevel,
	HeightRule,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	VerticalAlign,
	WidthType
} from 'docx';
import { translate, type MessageKey } from '../../../i18n';
import type { Locale } from '../../../i18n/types';
import { formatStoredDate } from '../../../domain/dates';
import type { SignInSheet } from '../sessions/get-sign-in-sheet';
import { buildDocument } from '../documents/document-builds';

/** Room to sign by hand: each member's row is at least this tall (twentieths of a point, ≈ 1.1 cm). */
const SIGNING_ROW_HEIGHT = 620;

/** The session's sign-in sheet (签到表) as a Word document in the reader's language, for paper sign-in. */
export function buildSignInSheetDocx(sheet: SignInSheet, locale: Locale): Promise<Buffer> {
	return buildDocument(() => signInSheetDocx(sheet, locale));
}

/** The sheet's date line: the session's day and start time in the organization's time zone. */
export function signInSheetDate(sheet: SignInSheet, locale: Locale): string {
	const fmt = new Intl.DateTimeFormat(locale, {
		timeZone: sheet.timeZone,
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		weekday: 'short',
		hour: '2-digit',
		minute: '2-digit',
		hour12: false
	});
	return formatStoredDate(fmt, sheet.session.scheduledAt);
}

async function signInSheetDocx(sheet: SignInSheet, locale: Locale): Promise<Buffer> {
	const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
	const labelled = (label: string, text: string) =>
		new Paragraph({
			children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun(text)],
			spacing: { after: 60 }
		});
	const header = [
		t('signInSheet.number'),
		t('signInSheet.code'),
		...(sheet.showsNames ? [t('signInSheet.name')] : []),
		t('signInSheet.signature'),
		t('signInSheet.remarks')
	];
	const widths = sheet.showsNames ? [8, 17, 17, 33, 25] : [8, 22, 40, 30];
	const cell = (text: string, width: number, bold = false) =>
		new TableCell({
			width: { size: width, type: WidthType.PERCENTAGE },
			verticalAlign: VerticalAlign.CENTER,
			children: [new Paragraph({ children: [new TextRun({ text, bold })] })]
		});
	const remark = (m: SignInSheet['members'][number]) =>
		m.absence
			? [
					t(`attendance.status.${m.absence.status}`),
					...(m.absence.reason ? [t(`absence.reason.${m.absence.reason}`)] : [])
				].join(' · ')
			: '';
	const rows = sheet.members.map(
		(m, i) =>
			new TableRow({
				cantSplit: true,
				height: { value: SIGNING_ROW_HEIGHT, rule: HeightRule.ATLEAST },
				children: [String(i + 1), m.code, ...(sheet.showsNames ? [m.realName ?? ''] : []), '', remark(m)].map(
					(text, c) => cell(text, widths[c])
				)
			})
	);
	const doc = new Document({
		styles: { default: { document: { run: { font: 'SimSun' } } } },
		sections: [
			{
				children: [
					new Paragraph({
						text: sheet.group.name,
						heading: HeadingLevel.TITLE,
						alignment: AlignmentType.CENTER
					}),
					new Paragraph({
						alignment: AlignmentType.CENTER,
						spacing: { after: 240 },
						children: [
							new TextRun({
								text: `${t('signInSheet.title')} · ${t('common.sessionNumber', { n: sheet.session.number })} ${sheet.session.title}`,
								size: 28,
								bold: true
							})
						]
					}),
					labelled(t('signInSheet.date'), signInSheetDate(sheet, locale)),
					labelled(t('signInSheet.organization'), sheet.organizationName),
					labelled(t('signInSheet.leaders'), sheet.leaders.join('、') || '—'),
					new Paragraph({ text: '', spacing: { after: 120 } }),
					sheet.members.length === 0
						? new Paragraph({ children: [new TextRun(t('signInSheet.noMembers'))] })
						: new Table({
								width: { size: 100, type: WidthType.PERCENTAGE },
								rows: [
									new TableRow({
										tableHeader: true,
										cantSplit: true,
										children: header.map((h, c) => cell(h, widths[c], true))
									}),
									...rows
								]
							}),
					new Paragraph({
						spacing: { before: 240 },
						children: [
							new TextRun(t('signInSheet.enrolled', { n: sheet.members.length })),
							new TextRun('    '),
							new TextRun(t('signInSheet.attended'))
						]
					})
				]
			}
		]
	});
	return Packer.toBuffer(doc);
}
