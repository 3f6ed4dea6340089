/** The app's one CSV writer: every CSV the app hands out (exports, archive, templates) is written by `toCsv`. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * Text a spreadsheet would run as a formula or a command when it starts with one of these (OWASP, "CSV
 * Injection"): such a text cell gets a leading apostrophe, which spreadsheets show as text. Numbers are not text
 * and stay as they are, negative ones included.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as Excel opens it: UTF-8 with a byte-order mark (so that Chinese shows correctly), CRLF line ends,
 * fields quoted when needed, formula-like text neutralised (see `csvCell`).
 */
export function toCsv(rows: CsvCell[][]): string {
	return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
