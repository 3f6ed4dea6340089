import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
	it('starts with a BOM, quotes commas and quotes, and ends lines with CRLF', () => {
		const csv = toCsv([
			['小组', 'n'],
			['青少年, "情绪"', 3]
		]);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1)).toBe('小组,n\r\n"青少年, ""情绪""",3\r\n');
	});

	it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
		expect(toCsv([['=SUM(A1)', -1.5, null]]).slice(1)).toBe("'=SUM(A1),-1.5,\r\n");
		expect(toCsv([['+1', '-2', '@cmd', '\tx', '\rx', 'a=b', 0]]).slice(1)).toBe(
			`'+1,'-2,'@cmd,'\tx,"'\rx",a=b,0\r\n`
		);
	});
});
