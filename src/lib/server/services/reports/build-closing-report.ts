import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { PrismaClient } from '../../db/generated/client';
import type { AccessGate } from '../access/access-gate';
import { recordAudit } from '../audit/record-audit';
import { createI18n, type MessageKey } from '../../../i18n';
import type { Locale } from '../../../i18n/types';
import { formatInterval, round } from '../../../domain/report-figures';
import { getGroupOutcomes } from './get-group-outcomes';
import { absenceReasonsSection } from './absence-reasons-docx';
import { buildDocument } from '../documents/document-builds';
import { docxFlow, docxStyles } from '../documents/docx-blocks';
import { goalsWithVerdicts } from './goal-verdicts';
import { reviewTrail } from '../reviews/review-trail';
import { reviewTrailSection } from '../../../i18n/session-record';
import { addRecordSection } from '../session-records/session-record-docx';

export interface BuildClosingReportOptions {
	/** The caller's access, decided by the outcomes statement. */
	gate: AccessGate;
	groupId: string;
	locale: Locale;
	reflection: string;
}

/**
 * The closing evaluation report (结案评估报告) as a Word document: the group's dates, each goal with the leaders'
 * verdict and its evidence, attendance, member change (intervals as [−3.44, −1.90]), the facilitator's reflection,
 * and a sign-off block for the leaders and the supervisor. Charts are native Word charts (docx/charts) built from
 * the same SQL figures as the outcomes page, so Word draws them and "Edit data" opens their numbers; no
 * image rendering is needed on the server.
 */
export function buildClosingReport(prisma: PrismaClient, o: BuildClosingReportOptions) {
	return buildDocument(() => closingReport(prisma, o));
}

async function closingReport(prisma: PrismaClient, o: BuildClosingReportOptions) {
	const outcomes = await getGroupOutcomes(prisma, o.gate, o.groupId);
	const { group } = outcomes;
	const [goals, trail] = await Promise.all([
		goalsWithVerdicts(prisma, group.id, group.goals),
		reviewTrail(prisma, { organizationId: o.gate.viewer.organizationId, groupId: group.id, sessionId: null })
	]);
	const i18n = createI18n(o.locale, o.gate.viewer.timeZone);
	const { t } = i18n;
	const num = (v: number | null | undefined, digits = 2) => {
		const r = round(v, digits);
		return r === null ? '—' : String(r);
	};
	const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
	const name = (m: { nameZh: string; nameEn: string }) => (o.locale === 'en' ? m.nameEn : m.nameZh);
	const longDate = (at: Date) => i18n.date(at, { year: 'numeric', month: 'long', day: 'numeric' });
	const done = outcomes.sessions.filter((s) => s.status === 'DONE');
	const held = done.map((s) => s.scheduledAt).sort((a, b) => a.getTime() - b.getTime());
	const chart = (options: ConstructorParameters<typeof ChartRun>[0]) =>
		new Paragraph({ children: [new ChartRun({ transformation: { width: 600, height: 300 }, ...options })] });

	const flow = docxFlow();
	flow.add(
		new Paragraph({
			text: t('reports.docx.title'),
			heading: HeadingLevel.TITLE,
			alignment: AlignmentType.CENTER
		}),
		new Paragraph({ text: group.name, heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER })
	);
	flow.para(
		t('reports.docx.basics', {
			leaders: group.leaders.map((l) => l.name).join(o.locale === 'en' ? ', ' : '、') || '—',
			done: done.length,
			planned: group.plannedSessionCount,
			enrolled: outcomes.retention.enrolled,
			active: outcomes.retention.active
		})
	);
	flow.para(
		held.length
			? t('reports.docx.period', {
					from: longDate(held[0]),
					to: longDate(held[held.length - 1]),
					done: done.length
				})
			: t('reports.docx.noPeriod')
	);

	flow.heading(t('reports.docx.goals'));
	if (goals.length)
		flow.table(
			[t('reports.docx.goalColumn'), t('reports.docx.verdictColumn'), t('reports.docx.evidenceColumn')],
			goals.map((g) => [
				`${g.position + 1}. ${g.goal}`,
				g.verdict ? t(`goalVerdict.${g.verdict}` as MessageKey) : t('goalVerdict.none'),
				g.evidence || '—'
			]),
			{ widths: [35, 15, 50] }
		);
	else flow.para(t('reports.docx.noGoals'));
	flow.para(
		outcomes.gas.goals > 0
			? t('reports.docx.gasAttainment', {
					goals: outcomes.gas.goals,
					attained: outcomes.gas.attained,
					progressed: outcomes.gas.progressed
				})
			: t('reports.docx.noGas')
	);

	flow.heading(t('reports.docx.attendance'));
	flow.para(
		t('reports.docx.attendanceSummary', {
			rate: pct(outcomes.attendance.rate),
			retention: pct(outcomes.retention.rate),
			hours: num(outcomes.serviceHours, 1)
		})
	);
	if (done.length > 0)
		flow.add(
			chart({
				type: 'column',
				title: t('reports.docx.attendanceChart'),
				categories: done.map((s) => t('reports.sessionShort', { n: s.number })),
				series: [{ name: t('reports.attended'), values: done.map((s) => s.attended) }],
				legend: false
			})
		);
	flow.table(
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
	);
	flow.add(...absenceReasonsSection(outcomes.absenceReasons, o.locale));

	flow.heading(t('reports.docx.change'));
	if (outcomes.measures.length > 0) {
		flow.add(
			chart({
				type: 'column',
				title: t('reports.docx.changeChart'),
				categories: outcomes.measures.map(name),
				series: [
					{ name: t('reports.baselineMean'), values: outcomes.measures.map((m) => round(m.meanBaseline)) },
					{ name: t('reports.latestMean'), values: outcomes.measures.map((m) => round(m.meanLatest)) }
				]
			})
		);
		flow.table(
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
				m.change ? formatInterval(m.change.low, m.change.high) : '—',
				m.classified > 0 ? `${pct(m.shareImproved)}（${m.improved}/${m.classified}）` : '—'
			])
		);
	} else flow.para(t('reports.noChangeData'));

	flow.heading(t('reports.docx.reflection'));
	flow.lines(o.reflection, t('reports.docx.noReflection'));

	flow.heading(t('reports.docx.signOff'));
	flow.table(
		[
			t('reports.docx.signRole'),
			t('reports.docx.signName'),
			t('reports.docx.signature'),
			t('reports.docx.signDate')
		],
		[
			...group.leaders.map((l) => [
				t(`leader.${l.role}` as MessageKey),
				l.name,
				'',
				t('reports.docx.dateBlank')
			]),
			// Signed off in the app: the supervisor's name and the date are filled in.
			trail.signedOff
				? [t('reports.docx.supervisor'), trail.signedOff.by ?? '', '', longDate(trail.signedOff.at)]
				: [t('reports.docx.supervisor'), '', '', t('reports.docx.dateBlank')]
		],
		{ widths: [18, 24, 32, 26], rowHeight: 720 }
	);
	const review = reviewTrailSection(trail, i18n);
	if (review) addRecordSection(flow, review, i18n);

	const doc = new Document({
		creator: o.gate.viewer.name,
		title: `${t('reports.docx.title')} · ${group.name}`,
		styles: docxStyles('Microsoft YaHei'),
		sections: [{ children: flow.children }]
	});
	const buffer = await Packer.toBuffer(doc);
	await recordAudit(prisma, o.gate.viewer, { action: 'EXPORT', entity: 'ClosingReport', groupId: group.id });
	return { filename: `${group.name}-${t('reports.docx.title')}.docx`, base64: buffer.toString('base64') };
}
