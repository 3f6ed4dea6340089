import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { createI18n } from '../../../i18n';
import type { Locale } from '../../../i18n/types';
import type { SessionRecord } from '../../../domain/session-record';
import { sessionRecordSections, sessionRecordTitle } from '../../../i18n/session-record';
import { docxFlow, docxStyles } from '../documents/docx-blocks';

/** The process record (过程记录) as a Word document, from the same sections as its print page. */
export async function sessionRecordDocx(record: SessionRecord, locale: Locale): Promise<Buffer> {
	const i18n = createI18n(locale, record.timeZone);
	const { title, subtitle } = sessionRecordTitle(record, i18n);
	const flow = docxFlow();
	flow.add(
		new Paragraph({ text: title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
		new Paragraph({
			alignment: AlignmentType.CENTER,
			children: [new TextRun({ text: subtitle, size: 26 })],
			spacing: { after: 240 }
		})
	);
	for (const section of sessionRecordSections(record, i18n)) {
		flow.heading(section.title, HeadingLevel.HEADING_1);
		for (const block of section.blocks) {
			if (block.kind === 'fields')
				for (const field of block.fields)
					flow.labelled(field.label, field.value, { english: locale === 'en' });
			else if (block.kind === 'table') flow.table(block.header, block.rows, { widths: block.widths });
			else if (block.kind === 'subheading') flow.heading(block.text, HeadingLevel.HEADING_3);
			else flow.lines(block.text, '—');
		}
	}
	const document = new Document({
		creator: record.organizationName,
		title: `${title} · ${subtitle}`,
		styles: docxStyles('SimSun'),
		sections: [{ children: flow.children }]
	});
	return Packer.toBuffer(document);
}
