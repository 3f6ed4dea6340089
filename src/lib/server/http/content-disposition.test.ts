import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiName, attachment, inline } from './content-disposition';

describe('attachment', () => {
	it('sends a Chinese name as UTF-8 filename* with an ASCII filename beside it', () => {
		expect(attachment('小组对比.csv', 'group-comparison.csv')).toBe(
			`attachment; filename="group-comparison.csv"; filename*=UTF-8''%E5%B0%8F%E7%BB%84%E5%AF%B9%E6%AF%94.csv`
		);
		const header = attachment('青少年 (情绪) 小组.docx');
		expect(header).toContain(`filename="download.docx"`);
		expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe('青少年 (情绪) 小组.docx');
		expect(header.split("UTF-8''")[1]).toMatch(/^[A-Za-z0-9%!#$&+.^_`|~-]+$/);
	});

	it('never lets quotes, path separators or line breaks into the header', () => {
		const header = attachment('a"b\\c/d\r\nSet-Cookie: x=1.csv', 'a"b\r\n.csv');
		expect(header).not.toMatch(/[\r\n]/);
		expect(header.match(/"/g)).toHaveLength(2);
		expect(decodeURIComponent(header.split("UTF-8''")[1])).not.toMatch(/[\\/\r\n"]/);
	});

	it('keeps an ASCII name and its extension', () => {
		expect(asciiName('audit-log.csv')).toBe('audit-log.csv');
		expect(asciiName('Café Group.docx')).toBe('Cafe-Group.docx');
		expect(asciiName('小组')).toBe('download');
	});

	it('names a file shown in the page (a photo) the same way, inline', () => {
		expect(inline('photo-abc.jpg')).toBe(`inline; filename="photo-abc.jpg"; filename*=UTF-8''photo-abc.jpg`);
		expect(inline('a"b\r\n.png')).not.toMatch(/[\r\n]/);
	});
});

describe('every download', () => {
	it('writes its Content-Disposition through attachment() (or inline() for an image shown in the page)', () => {
		const routes = path.resolve(import.meta.dirname, '../../../routes');
		const files = (fs.readdirSync(routes, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
		const writers = files
			.map((file) => ({ file, source: fs.readFileSync(path.join(routes, file), 'utf8') }))
			.filter(({ source }) => /content-disposition/i.test(source));
		expect(writers.length).toBeGreaterThanOrEqual(9);
		for (const { file, source } of writers)
			expect(source, file).toMatch(/['"]content-disposition['"]:\s*(attachment|inline)\(/i);
	});
});
