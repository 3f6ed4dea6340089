import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { formatDateOnly } from '../../../domain/dates';
import { themeName, translate, type MessageKey } from '../../../i18n';
import type { Locale } from '../../../i18n/types';
import { formatStoredDate } from '../../../domain/dates';
import { docxStyles, heading, table } from '../documents/docx-blocks';

export interface ArchiveReportData {
	name: string;
	theme: string;
	targetPopulation: string;
	goals: string[];
	startDate: Date | null;
	closedAt: Date | null;
	closingSummary: string | null;
	leaders: string[];
	memberCount: number;
	sessions: {
		number: number;
		title: string;
		scheduledAt: Date;
		status: string;
		present: number;
		total: number;
	}[];
	conflictCount: number;
}

/** The closing report of an archived group: design, closing summary and the sessions with their attendance. */
export async function archiveDocx(
	data: ArchiveReportData,
	locale: Locale,
	timeZone: string
): Promise<Buffer> {
	const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
	const date = (d: Date | null) =>
		formatStoredDate(new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' }), d);
	const field = (label: string, value: string) =>
		new Paragraph({
			children: [
				new TextRun({ text: `${label}${locale === 'en' ? ': ' : '：'}`, bold: true }),
				new TextRun(value || '—')
			]
		});
	const doc = new Document({
		styles: docxStyles('SimSun'),
		sections: [
			{
				children: [
					new Paragraph({
						heading: HeadingLevel.TITLE,
						text: t('archive.report.title', { name: data.name })
					}),
					field(t('archive.report.theme'), themeName(locale, data.theme)),
					field(t('archive.report.leaders'), data.leaders.join('、')),
					field(
						t('archive.report.period'),
						`${data.startDate ? formatDateOnly(data.startDate, locale) : '—'} – ${date(data.closedAt)}`
					),
					field(t('archive.report.members'), String(data.memberCount)),
					field(t('archive.report.conflicts'), String(data.conflictCount)),
					field(t('archive.report.target'), data.targetPopulation),
					heading(t('archive.report.goals')),
					...data.goals.map((goal) => new Paragraph({ text: goal, bullet: { level: 0 } })),
					heading(t('archive.closingSummary')),
					...(data.closingSummary ?? '').split('\n').map((line) => new Paragraph(line)),
					heading(t('archive.report.sessions')),
					table(
						[
							t('archive.report.session'),
							t('archive.report.date'),
							t('archive.report.status'),
							t('archive.report.attendance')
						],
						data.sessions.map((s) => [
							`${t('common.sessionNumber', { n: s.number })} ${s.title}`,
							date(s.scheduledAt),
							t(`sessionStatus.${s.status}` as MessageKey),
							s.total ? `${s.present}/${s.total}` : '—'
						])
					)
				]
			}
		]
	});
	return Packer.toBuffer(doc);
}
