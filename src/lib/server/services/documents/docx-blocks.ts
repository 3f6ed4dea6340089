import {
	AlignmentType,
	HeightRule,
	HeadingLevel,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type FileChild,
	type IStylesOptions
} from 'docx';

/**
 * The building blocks every Word document of the app shares, so that each keeps its headings with their content:
 * a heading is kept with the next paragraph and never split (keepNext, keepLines), the paragraph that follows a
 * heading is kept whole, a table's header row repeats on every page and stays with the first row, and no row is
 * split across pages. The styles below say the same for headings made anywhere else.
 */

export type HeadingLevelValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];

const keep = { keepNext: true, keepLines: true } as const;

/** Document styles: the font, and headings that stay with what follows them (also for headings made elsewhere). */
export function docxStyles(font: string): IStylesOptions {
	const heading = { paragraph: keep };
	return {
		default: {
			document: { run: { font } },
			title: heading,
			heading1: heading,
			heading2: heading,
			heading3: heading,
			heading4: heading
		}
	};
}

export function heading(text: string, level: HeadingLevelValue = HeadingLevel.HEADING_1) {
	return new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 }, ...keep });
}

export interface ParaOptions {
	/** Keep this paragraph on the page of the next one (a line introducing a table, the lead after a heading). */
	keepNext?: boolean;
	/** Never split this paragraph across pages. */
	keepLines?: boolean;
	bold?: boolean;
	alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
}

export function para(text: string, options: ParaOptions = {}) {
	return new Paragraph({
		children: [new TextRun({ text, bold: options.bold })],
		spacing: { after: 80 },
		keepNext: options.keepNext,
		keepLines: options.keepLines,
		alignment: options.alignment
	});
}

/** "Label：value" with the label in bold; the colon follows the reader's language. */
export function labelled(label: string, value: string, options: ParaOptions & { english?: boolean } = {}) {
	return new Paragraph({
		children: [
			new TextRun({ text: `${label}${options.english ? ': ' : '：'}`, bold: true }),
			new TextRun(value || '—')
		],
		keepNext: options.keepNext,
		keepLines: options.keepLines
	});
}

/**
 * A table with a header row that repeats on every page and is kept with the first row; rows are not split.
 */
export interface TableOptions {
	/** Share of the page width of each column, in percent. */
	widths?: number[];
	/** The least height of a body row, in twentieths of a point (room to sign by hand). */
	rowHeight?: number;
}

export function table(header: string[], rows: string[][], options: TableOptions = {}) {
	const { widths, rowHeight } = options;
	const cell = (text: string, bold: boolean, i: number) =>
		new TableCell({
			width: widths ? { size: widths[i], type: WidthType.PERCENTAGE } : undefined,
			children: text
				.split(/\r?\n/)
				.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }))
		});
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({
				tableHeader: true,
				cantSplit: true,
				keepNext: true,
				children: header.map((h, i) => cell(h, true, i))
			}),
			...rows.map(
				(row) =>
					new TableRow({
						cantSplit: true,
						height: rowHeight ? { value: rowHeight, rule: HeightRule.ATLEAST } : undefined,
						children: row.map((text, i) => cell(text, false, i))
					})
			)
		]
	});
}

/**
 * A document's body in reading order. The first block after a heading is kept whole (a paragraph) or kept with
 * its header row (a table), so that no heading is left alone at the bottom of a page.
 */
export function docxFlow() {
	const children: FileChild[] = [];
	let afterHeading = false;
	const add = (...blocks: FileChild[]) => {
		children.push(...blocks);
		if (blocks.length) afterHeading = false;
	};
	const paragraph = (text: string, options: ParaOptions = {}) =>
		add(para(text, { keepLines: afterHeading, ...options }));
	return {
		children,
		add,
		heading(text: string, level: HeadingLevelValue = HeadingLevel.HEADING_1) {
			children.push(heading(text, level));
			afterHeading = true;
		},
		para: paragraph,
		labelled(label: string, value: string, options: ParaOptions & { english?: boolean } = {}) {
			add(labelled(label, value, { keepLines: afterHeading, ...options }));
		},
		/** Free text as written, a paragraph per line; blank text shows as `empty`. */
		lines(text: string, empty: string) {
			const written = text.trim();
			for (const line of written ? written.split(/\r?\n/) : [empty]) paragraph(line);
		},
		bullet(text: string) {
			add(new Paragraph({ text, bullet: { level: 0 }, keepLines: afterHeading || undefined }));
		},
		table(header: string[], rows: string[][], options?: TableOptions) {
			add(table(header, rows, options));
		}
	};
}
