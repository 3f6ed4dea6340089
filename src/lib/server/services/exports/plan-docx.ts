import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { MessageKey } from '../../../i18n';
import type { Locale } from '../../../i18n/types';
import type { PlanDocument } from '../groups/get-plan-document';
import { planLabels } from './plan-labels';
import { buildDocument } from '../documents/document-builds';
import { docxStyles, heading, labelled, para, table } from '../documents/docx-blocks';
import { formatYuan } from '../../../domain/plan-book';

/** One paragraph per line of a multi-line text (Word ignores line breaks inside a run). */
const paras = (text: string) =>
	text
		.split('\n')
		.filter((line) => line.trim())
		.map((line) => para(line));

/** The group plan (小组计划书) as a Word document in the reader's language. Members appear as counts only. */
export function buildPlanDocx(doc: PlanDocument, locale: Locale): Promise<Buffer> {
	return buildDocument(() => planDocx(doc, locale));
}

async function planDocx(doc: PlanDocument, locale: Locale): Promise<Buffer> {
	const l = planLabels(locale, doc.timeZone);
	const { t } = l;
	const H1 = HeadingLevel.HEADING_1;
	const H2 = HeadingLevel.HEADING_2;
	const H3 = HeadingLevel.HEADING_3;
	const children = [
		new Paragraph({ text: doc.name, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
		new Paragraph({
			alignment: AlignmentType.CENTER,
			children: [new TextRun({ text: t('doc.title'), size: 28 })],
			spacing: { after: 240 }
		}),
		labelled(t('doc.organization'), doc.organizationName),
		labelled(t('doc.theme'), l.theme(doc.theme)),
		labelled(
			t('doc.leaders'),
			doc.leaders.map((x) => `${x.name}（${t(`leader.${x.role}` as MessageKey)}）`).join('、')
		),

		heading(t('doc.section.background'), H1),
		heading(t('groups.background'), H2),
		para(l.orEmpty(doc.background)),
		heading(t('groups.needs'), H2),
		para(l.orEmpty(doc.needs)),
		heading(t('groups.strengths'), H2),
		para(l.orEmpty(doc.strengths)),

		heading(t('doc.section.theory'), H1),
		...paras(l.orEmpty(doc.theoreticalBasis)),

		heading(t('doc.section.goals'), H1),
		...(doc.goals.length ? doc.goals.map((g, i) => para(`${i + 1}. ${g}`)) : [para(t('doc.empty'))]),

		heading(t('doc.section.members'), H1),
		labelled(t('groups.targetPopulation'), l.orEmpty(doc.targetPopulation)),
		labelled(t('groups.field.recruitmentCriteria'), l.orEmpty(doc.recruitmentCriteria)),
		para(t('doc.membersTotal', { n: doc.memberProfile.total, capacity: doc.capacity })),
		...(doc.memberProfile.total > 0
			? [
					labelled(
						t('doc.byGender'),
						l
							.genderRows(doc)
							.map((r) => `${r.label} ${t('doc.count', { n: r.count })}`)
							.join('；')
					),
					labelled(
						t('doc.byAge'),
						l
							.ageRows(doc)
							.map((r) => `${r.label} ${t('doc.count', { n: r.count })}`)
							.join('；')
					)
				]
			: []),

		heading(t('doc.section.schedule'), H1),
		labelled(t('groups.venue'), l.orEmpty(doc.venue)),
		...(doc.weekday !== null && doc.startTime
			? [
					labelled(
						t('groups.schedule'),
						t('groups.scheduleValue', {
							weekday: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
								new Date(Date.UTC(2023, 0, 1 + doc.weekday))
							),
							time: doc.startTime,
							minutes: doc.sessionMinutes
						})
					)
				]
			: []),

		heading(t('doc.section.staffing'), H1),
		...paras(l.orEmpty(doc.staffing)),

		heading(t('doc.section.sessions'), H1),
		...doc.sessions.flatMap((session) => [
			heading(t('doc.sessionHeading', { n: session.number, title: session.title }), H3),
			para(
				t('doc.sessionMeta', {
					date: l.date(session.scheduledAt),
					stage: t(`stage.${session.stage}` as MessageKey),
					minutes: session.plannedMinutes
				}),
				{ keepNext: true, keepLines: true }
			),
			...(session.goals.trim()
				? [
						new Paragraph({ children: [new TextRun({ text: t('doc.sessionGoals'), bold: true })] }),
						...paras(session.goals)
					]
				: []),
			session.items.length
				? table(
						[t('doc.time'), t('doc.activity'), t('doc.minutes'), t('doc.notes')],
						session.items.map((item) => [
							`${item.startClock}–${item.endClock}`,
							l.itemTitle(item),
							t('common.minutes', { n: item.minutes }),
							item.notes
						]),
						{ widths: [20, 40, 15, 25] }
					)
				: para(t('doc.noItems'))
		]),

		heading(t('doc.section.materials'), H1),
		doc.materials.length
			? table(
					[t('doc.materialItem'), t('doc.materialSessions')],
					doc.materials.map((m) => [m.item, l.sessionList(m.sessions)]),
					{ widths: [65, 35] }
				)
			: para(t('doc.noMaterials')),

		heading(t('doc.section.budget'), H1),
		doc.budget.length
			? table(
					[t('doc.budgetItem'), t('doc.budgetAmount')],
					[
						...doc.budget.map((b) => [b.item, formatYuan(b.amount, locale)]),
						[t('doc.budgetTotal'), formatYuan(doc.budgetTotal, locale)]
					],
					{ widths: [70, 30] }
				)
			: para(t('doc.noBudget')),

		heading(t('doc.section.risks'), H1),
		table(
			[t('doc.riskActivity'), t('doc.riskResponse')],
			[
				[t('doc.riskGroup'), doc.risks.trim() || t('doc.noRisks')],
				...doc.activityRisks.map((r) => [`${r.activity}（${l.sessionList(r.sessions)}）`, r.risks])
			],
			{ widths: [30, 70] }
		),

		heading(t('doc.section.evaluation'), H1),
		para(l.orEmpty(doc.evaluationMethod))
	];
	const document = new Document({
		creator: doc.organizationName,
		title: `${doc.name} ${t('doc.title')}`,
		styles: docxStyles('SimSun'),
		sections: [{ children }]
	});
	return Packer.toBuffer(document);
}
