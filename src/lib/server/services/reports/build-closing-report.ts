import {
	AlignmentType,
	Document,
	HeadingLevel,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { ChartRun } from 'docx/charts';
import type { PrismaClient } from '../../db/generated/client';
import type { AccessGate } from '../access/access-gate';
import { recordAudit } from '../audit/record-audit';
import { translate, type MessageKey } from '../../../i18n';
import type { Locale } from '../../../i18n/types';
import { round } from '../../../domain/report-figures';
import { getGroupOutcomes } from './get-group-outcomes';
import { absenceReasonsSection } from './absence-reasons-docx';
import { buildDocument } from '../documents/document-builds';

export interface BuildClosingReportOptions {
	/** The caller's access, decided by the outcomes statement. */
	gate: AccessGate;
	groupId: string;
	locale: Locale;
	reflection: string;
}

/**
 * The closing evaluation report (结案评估报告) as a Word document: goals against achievement, attendance,
 * member change and the facilitator's reflection. Charts are native Word charts (docx/charts) built from
 * the same SQL figures as the outcomes page, so Word draws them and "Edit data" opens their numbers; no
 * image rendering is needed on the server.
 */
export function buildClosingReport(prisma: PrismaClient, o: BuildClosingReportOptions) {
	return buildDocument(() => closingReport(prisma, o));
}

async function closingReport(prisma: PrismaClient, o: BuildClosingReportOptions) {
	const outcomes = await getGroupOutcomes(prisma, o.gate, o.groupId);
	const t = (key: MessageKey, params?: Record<string, string | number>) => translate(o.locale, key, params);
	const num = (v: number | null | undefined, digits = 2) => {
		const r = round(v, digits);
		return r === null ? '—' : String(r);
	};
	const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
	const name = (m: { nameZh: string; nameEn: string }) => (o.locale === 'en' ? m.nameEn : m.nameZh);
	const { group } = outcomes;
	const done = outcomes.sessions.filter((s) => s.status === 'DONE');

	const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
	const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
	const table = (header: string[], rows: string[][]) =>
		new Table({
			width: { size: 100, type: WidthType.PERCENTAGE },
			rows: [header, ...rows].map(
				(cells, r) =>
					new TableRow({
						tableHeader: r === 0,
						children: cells.map(
							(text) =>
								new TableCell({
									children: [new Paragraph({ children: [new TextRun({ text, bold: r === 0 })] })]
								})
						)
					})
			)
		});
	const chart = (options: ConstructorParameters<typeof ChartRun>[0]) =>
		new Paragraph({ children: [new ChartRun({ transformation: { width: 600, height: 300 }, ...options })] });

	const children = [
		new Paragraph({
			text: t('reports.docx.title'),
			heading: HeadingLevel.TITLE,
			alignment: AlignmentType.CENTER
		}),
		new Paragraph({ text: group.name, heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER }),
		para(
			t('reports.docx.basics', {
				leaders: group.leaders.map((l) => l.name).join('、') || '—',
				done: done.length,
				planned: group.plannedSessionCount,
				enrolled: outcomes.retention.enrolled,
				active: outcomes.retention.active
			})
		),

		heading(t('reports.docx.goals')),
		...group.goals.map((g) => new Paragraph({ text: g, bullet: { level: 0 } })),
		para(
			outcomes.gas.goals > 0
				? t('reports.docx.gasAttainment', {
						goals: outcomes.gas.goals,
						attained: outcomes.gas.attained,
						progressed: outcomes.gas.progressed
					})
				: t('reports.docx.noGas')
		),

		heading(t('reports.docx.attendance')),
		para(
			t('reports.docx.attendanceSummary', {
				rate: pct(outcomes.attendance.rate),
				retention: pct(outcomes.retention.rate),
				hours: num(outcomes.serviceHours, 1)
			})
		),
		...(done.length > 0
			? [
					chart({
						type: 'column',
						title: t('reports.docx.attendanceChart'),
						categories: done.map((s) => t('reports.sessionShort', { n: s.number })),
						series: [{ name: t('reports.attended'), values: done.map((s) => s.attended) }],
						legend: false
					})
				]
			: []),
		table(
			[
				t('reports.session'),
				t('reports.attended'),
				t('reports.absent'),
				t('reports.excused'),
				t('reports.conflicts')
			],
			done.map((s) => [
				t('reports.sessionShort', { n: s.number }),
				String(s.attended),
				String(s.absent),
				String(s.excused),
				`${s.conflicts}（${t('reports.resolvedN', { n: s.resolved })}）`
			])
		),
		...absenceReasonsSection(outcomes.absenceReasons, o.locale),

		heading(t('reports.docx.change')),
		...(outcomes.measures.length > 0
			? [
					chart({
						type: 'column',
						title: t('reports.docx.changeChart'),
						categories: outcomes.measures.map(name),
						series: [
							{
								name: t('reports.baselineMean'),
								values: outcomes.measures.map((m) => round(m.meanBaseline))
							},
							{ name: t('reports.latestMean'), values: outcomes.measures.map((m) => round(m.meanLatest)) }
						]
					}),
					table(
						[
							t('reports.measure'),
							t('reports.n'),
							t('reports.meanChange'),
							t('reports.ci95'),
							t('reports.shareImproved')
						],
						outcomes.measures.map((m) => [
							name(m),
							String(m.change?.n ?? 0),
							num(m.change?.mean),
							m.change ? `${num(m.change.low)} – ${num(m.change.high)}` : '—',
							m.classified > 0 ? `${pct(m.shareImproved)}（${m.improved}/${m.classified}）` : '—'
						])
					)
				]
			: [para(t('reports.noChangeData'))]),

		heading(t('reports.docx.reflection')),
		...(o.reflection.trim()
			? o.reflection.split(/\r?\n/).map((line) => para(line))
			: [para(t('reports.docx.noReflection'))])
	];

	const doc = new Document({
		creator: o.gate.viewer.name,
		title: `${t('reports.docx.title')} · ${group.name}`,
		styles: { default: { document: { run: { font: 'Microsoft YaHei' } } } },
		sections: [{ children }]
	});
	const buffer = await Packer.toBuffer(doc);
	await recordAudit(prisma, o.gate.viewer, { action: 'EXPORT', entity: 'ClosingReport', groupId: group.id });
	return { filename: `${group.name}-${t('reports.docx.title')}.docx`, base64: buffer.toString('base64') };
}
