import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ageBand, columnsOf, memberCsvTemplate, nextMemberCode, validateMemberCsv } from './member-import';

const parse = (text: string) => Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
const HEADER =
	'姓名 realName,出生年份 birthYear,性别 gender,联系方式 contact,入组需求 intakeNeeds,需求标签 needTags,同意日期 consentDate,同意范围 consentScope';
const options = { currentYear: 2026 };

describe('validateMemberCsv', () => {
	it('accepts the downloadable template as it is', () => {
		const result = validateMemberCsv(parse(memberCsvTemplate()), options);
		expect(result.errors).toEqual([]);
		expect(result.rows).toEqual([
			{
				realName: null,
				birthYear: 1956,
				gender: 'F',
				contact: null,
				intakeNeeds: '希望多认识邻居',
				needTags: ['社交', '孤独感'],
				consentDate: '2026-03-01',
				consentScope: ['PARTICIPATION', 'MEASURES']
			}
		]);
	});

	it('reports each bad row with its line and column and imports nothing', () => {
		const csv = [
			HEADER,
			'林秀兰,1950,女,,,,2026-03-01,参与',
			',19x0,,,,,2026-03-01,PARTICIPATION',
			',1955,,,,,,PARTICIPATION',
			'林秀兰,1950,,,,,2026-03-01,PARTICIPATION',
			`${'长'.repeat(51)},1960,,,,,2026-03-01,PARTICIPATION`,
			',1961,x,,,,2026-02-30,NOTES'
		].join('\n');
		const result = validateMemberCsv(parse(csv), options);
		expect(result.rows).toEqual([]);
		expect(result.errors).toEqual([
			{ line: 3, column: 'birthYear', code: 'badBirthYear' },
			{ line: 4, column: 'consentDate', code: 'required' },
			{ line: 5, column: 'realName', code: 'duplicateInFile' },
			{ line: 6, column: 'realName', code: 'tooLong', max: 50 },
			{ line: 7, column: 'gender', code: 'badGender' },
			{ line: 7, column: 'consentDate', code: 'badDate' },
			{ line: 7, column: 'consentScope', code: 'needsParticipation' }
		]);
	});

	it('refuses birth years in the future or before 1900', () => {
		const csv = [HEADER, ',2027,,,,,2026-03-01,参与', ',1899,,,,,2026-03-01,参与'].join('\n');
		expect(validateMemberCsv(parse(csv), options).errors.map((e) => e.code)).toEqual([
			'badBirthYear',
			'badBirthYear'
		]);
	});

	it('spots a person who is already a member of the organization', () => {
		const csv = [HEADER, ',1950,,138 0000 0000,,,2026-03-01,参与'].join('\n');
		const result = validateMemberCsv(parse(csv), {
			...options,
			existingKeys: new Set(['contact:13800000000'])
		});
		expect(result.errors).toEqual([{ line: 2, column: 'contact', code: 'duplicateExisting' }]);
	});

	it('names the required columns that the header lacks', () => {
		const result = validateMemberCsv(parse('realName,birthYear\n张三,1950'), options);
		expect(result.missingColumns).toEqual(['consentDate', 'consentScope']);
		expect(result.rows).toEqual([]);
	});

	it('recognises columns by English key or Chinese label', () => {
		expect(columnsOf(['birthYear', '出生年份', '同意范围 consentScope', 'Remarks'])).toEqual([
			'birthYear',
			'birthYear',
			'consentScope',
			null
		]);
	});
});

describe('member helpers', () => {
	it('numbers pseudonyms after the highest code', () => {
		expect(nextMemberCode(0)).toBe('M-001');
		expect(nextMemberCode(19, 2)).toBe('M-021');
		expect(nextMemberCode(999)).toBe('M-1000');
	});

	it('puts ages in bands', () => {
		expect(ageBand(2012, 2026)).toBe('under18');
		expect(ageBand(1966, 2026)).toBe('60to74');
		expect(ageBand(1940, 2026)).toBe('75plus');
		expect(ageBand(null, 2026)).toBe('unknown');
	});
});
