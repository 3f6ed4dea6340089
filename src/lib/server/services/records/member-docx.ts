import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { formatDateOnly } from '../../../domain/dates';
import { translate, type MessageKey } from '../../../i18n';
import { formatStoredDate } from '../../../domain/dates';
import type { Locale } from '../../../i18n/types';
import type { MemberRecord } from './get-member-record';
import { buildDocument } from '../documents/document-builds';
import { docxStyles, heading, table } from '../documents/docx-blocks';
import { describeEntry, type Translate } from '../../../i18n/describe-record-entry';

/** A readable Word document of a member's record, as the viewer may see it. */
export function memberDocx(record: MemberRecord, locale: Locale, timeZone: string): Promise<Buffer> {
	return buildDocument(() => buildMemberDocx(record, locale, timeZone));
}

async function buildMemberDocx(record: MemberRecord, locale: Locale, timeZone: string): Promise<Buffer> {
	const t: Translate = (key, params) => translate(locale, key, params);
	const date = (d: Date | null) =>
		formatStoredDate(new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' }), d);
	const m = record.member;
	const field = (label: string, value: string) =>
		new Paragraph({
			children: [
				new TextRun({ text: `${label}${locale === 'en' ? ': ' : '：'}`, bold: true }),
				new TextRun(value || '—')
			]
		});
	const children = [
		new Paragraph({ heading: HeadingLevel.TITLE, text: t('records.docx.title', { code: m.code }) }),
		new Paragraph(t('records.docx.exportedAt', { date: date(new Date()) })),
		...(m.erasedAt ? [new Paragraph(t('records.erased', { date: date(m.erasedAt) }))] : []),
		heading(t('records.intake')),
		...(m.realName ? [field(t('records.realName'), m.realName)] : []),
		field(t('records.birthYear'), m.birthYear ? String(m.birthYear) : ''),
		field(t('records.gender'), m.gender ? t(`records.gender.${m.gender}` as MessageKey) : ''),
		...(m.contact ? [field(t('records.contact'), m.contact)] : []),
		field(t('records.intakeNeeds'), m.intakeNeeds),
		field(t('records.needTags'), m.needTags.join('、')),
		heading(t('records.consent')),
		field(
			t('records.consent.scope'),
			m.consentScope.map((s) => t(`records.consent.${s}` as MessageKey)).join('、') || t('records.docx.none')
		),
		field(t('records.consent.date'), m.consentDate ? formatDateOnly(m.consentDate, locale) : '—'),
		field(t('records.consent.withdrawnAt'), date(m.consentWithdrawnAt)),
		heading(t('records.enrollments')),
		table(
			[t('records.group'), t('records.joinedAt'), t('records.leftAt'), t('records.leaveReason')],
			record.enrollments.map((e) => [e.groupName, date(e.joinedAt), date(e.leftAt), e.leaveReason ?? ''])
		),
		heading(t('records.entries')),
		record.entries.length === 0
			? new Paragraph(t('records.noEntries'))
			: table(
					[t('records.date'), t('records.group'), t('records.filter.kind'), t('records.detail')],
					record.entries.map((e) => [
						`${date(e.date)}${e.sessionNumber ? ` · ${t('common.sessionNumber', { n: e.sessionNumber })}` : ''}`,
						e.groupName,
						t(`records.kind.${e.kind}`),
						describeEntry(e, t, locale)
					])
				)
	];
	return Packer.toBuffer(new Document({ styles: docxStyles('SimSun'), sections: [{ children }] }));
}
