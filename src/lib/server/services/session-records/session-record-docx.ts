import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { createI18n, type I18n } from '../../../i18n';
import type { Locale } from '../../../i18n/types';
import type { SessionRecord } from '../../../domain/session-record';
import { sessionRecordSections, sessionRecordTitle, type RecordSection } from '../../../i18n/session-record';
import { docxFlow, docxStyles } from '../documents/docx-blocks';

/** A photo's bytes for the document, by photo id (read when the document is built). */
export type PhotoBytes = Map<string, { bytes: Uint8Array; mime: string }>;

const IMAGE_TYPES = { 'image/jpeg': 'jpg', 'image/png': 'png' } as const;
/** The widest a photo is drawn on an A4 page with its margins, in pixels at 96 dpi (about 15 cm). */
const PAGE_WIDTH_PX = 560;

/** A photo as a picture paragraph kept with its caption, or a note where Word cannot show its format. */
function photoParagraphs(
	block: { photoId: string; caption: string; width: number | null; height: number | null },
	photos: PhotoBytes,
	notEmbedded: string
) {
	const photo = photos.get(block.photoId);
	const type = photo ? IMAGE_TYPES[photo.mime as keyof typeof IMAGE_TYPES] : undefined;
	const caption = new Paragraph({
		children: [new TextRun({ text: block.caption, size: 20 })],
		spacing: { after: 200 }
	});
	if (!photo || !type) return [new Paragraph({ keepNext: true, text: notEmbedded }), caption];
	const width = Math.min(PAGE_WIDTH_PX, block.width ?? PAGE_WIDTH_PX);
	const height = Math.round(width * ((block.height ?? 3) / (block.width ?? 4)));
	return [
		new Paragraph({
			keepNext: true,
			keepLines: true,
			children: [new ImageRun({ type, data: photo.bytes, transformation: { width, height } })]
		}),
		caption
	];
}

/** One section of a record (its heading, fields, tables, text and photos) into a Word document's flow. */
export function addRecordSection(
	flow: ReturnType<typeof docxFlow>,
	section: RecordSection,
	i18n: I18n,
	photos: PhotoBytes = new Map()
) {
	flow.heading(section.title, HeadingLevel.HEADING_1);
	for (const block of section.blocks) {
		if (block.kind === 'fields')
			for (const field of block.fields)
				flow.labelled(field.label, field.value, { english: i18n.locale === 'en' });
		else if (block.kind === 'table') flow.table(block.header, block.rows, { widths: block.widths });
		else if (block.kind === 'subheading') flow.heading(block.text, HeadingLevel.HEADING_3);
		else if (block.kind === 'photo')
			flow.add(...photoParagraphs(block, photos, i18n.t('sessionRecord.photoNotEmbedded')));
		else flow.lines(block.text, '—');
	}
}

/** The process record (过程记录) as a Word document, from the same sections as its print page. */
export async function sessionRecordDocx(
	record: SessionRecord,
	locale: Locale,
	photos: PhotoBytes = new Map()
): Promise<Buffer> {
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
	for (const section of sessionRecordSections(record, i18n)) addRecordSection(flow, section, i18n, photos);
	const document = new Document({
		creator: record.organizationName,
		title: `${title} · ${subtitle}`,
		styles: docxStyles('SimSun'),
		sections: [{ children: flow.children }]
	});
	return Packer.toBuffer(document);
}
