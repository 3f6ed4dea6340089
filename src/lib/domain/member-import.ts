/**
 * Members: field limits, and validation of a CSV import (pure; parsing the text is done by papaparse).
 *
 * The CSV template has ONE header row whose cells carry both languages, e.g. `出生年份 birthYear`. A column is
 * recognised by its English key or its Chinese label, so a file with only `birthYear` or only `出生年份` works too.
 */
import { calendarDaySchema } from './dates';
import { toCsv } from './csv';
import type { ConsentScope, Gender } from './vocabularies';

export { CONSENT_SCOPES, GENDERS, type ConsentScope, type Gender } from './vocabularies';

export const MEMBER_LIMITS = {
	realName: 50,
	contact: 100,
	intakeNeeds: 1000,
	needTag: 20,
	needTags: 10,
	leaveReason: 300,
	minBirthYear: 1900
} as const;

export const MAX_IMPORT_ROWS = 200;

export const MEMBER_CSV_COLUMNS = [
	{ key: 'realName', zh: '姓名' },
	{ key: 'birthYear', zh: '出生年份' },
	{ key: 'gender', zh: '性别' },
	{ key: 'contact', zh: '联系方式' },
	{ key: 'intakeNeeds', zh: '入组需求' },
	{ key: 'needTags', zh: '需求标签' },
	{ key: 'consentDate', zh: '同意日期' },
	{ key: 'consentScope', zh: '同意范围' }
] as const;
export type MemberCsvColumn = (typeof MEMBER_CSV_COLUMNS)[number]['key'];

/** The template's header row and one example row. */
export function memberCsvTemplate(): string {
	const header = MEMBER_CSV_COLUMNS.map((c) => `${c.zh} ${c.key}`);
	const example = [
		'',
		'1956',
		'女',
		'',
		'希望多认识邻居',
		'社交;孤独感',
		'2026-03-01',
		'PARTICIPATION;MEASURES'
	];
	return toCsv([header, example]);
}

const GENDER_WORDS: Record<string, Gender> = {
	f: 'F',
	female: 'F',
	女: 'F',
	m: 'M',
	male: 'M',
	男: 'M',
	other: 'OTHER',
	其他: 'OTHER'
};
const SCOPE_WORDS: Record<string, ConsentScope> = {
	participation: 'PARTICIPATION',
	参与: 'PARTICIPATION',
	notes: 'NOTES',
	记录: 'NOTES',
	measures: 'MEASURES',
	量表: 'MEASURES',
	photos: 'PHOTOS',
	照片: 'PHOTOS'
};

export interface MemberDraft {
	realName: string | null;
	birthYear: number;
	gender: Gender | null;
	contact: string | null;
	intakeNeeds: string;
	needTags: string[];
	/** 'YYYY-MM-DD' */
	consentDate: string;
	consentScope: ConsentScope[];
}

export type ImportErrorCode =
	| 'required'
	| 'tooLong'
	| 'badBirthYear'
	| 'badGender'
	| 'badDate'
	| 'badScope'
	| 'needsParticipation'
	| 'tooManyTags'
	| 'duplicateInFile'
	| 'duplicateExisting';

export interface ImportRowError {
	/** 1-based line of the file (the header is line 1). */
	line: number;
	column: MemberCsvColumn | null;
	code: ImportErrorCode;
	max?: number;
}

export interface ImportValidation {
	rows: MemberDraft[];
	errors: ImportRowError[];
	/** Header problems: a required column that is not in the file. */
	missingColumns: MemberCsvColumn[];
}

const REQUIRED_COLUMNS: MemberCsvColumn[] = ['birthYear', 'consentDate', 'consentScope'];

/** Maps each header cell to a known column (by English key or Chinese label), or null. */
export function columnsOf(header: string[]): (MemberCsvColumn | null)[] {
	return header.map((cell) => {
		const text = cell
			.trim()
			.replace(/^\uFEFF/, '')
			.toLowerCase();
		const found = MEMBER_CSV_COLUMNS.find(
			(c) => text.split(/[\s/|()（）]+/).includes(c.key.toLowerCase()) || text.startsWith(c.zh)
		);
		return found ? found.key : null;
	});
}

/** Identity used to spot the same person twice: name and birth year, or the contact. */
export function duplicateKeys(member: {
	realName: string | null;
	birthYear: number | null;
	contact: string | null;
}): string[] {
	const keys: string[] = [];
	if (member.realName) keys.push(`name:${member.realName.trim()}|${member.birthYear ?? ''}`);
	if (member.contact) keys.push(`contact:${member.contact.replace(/\s+/g, '')}`);
	return keys;
}

function splitList(value: string): string[] {
	return value
		.split(/[;；、,，]/)
		.map((v) => v.trim())
		.filter(Boolean);
}

/**
 * Validates parsed CSV rows (the header first). Every problem is reported with its line and column; the rows
 * are returned only for a clean file, so nothing is imported from a file with errors.
 */
export function validateMemberCsv(
	table: string[][],
	options: { currentYear: number; existingKeys?: Set<string> }
): ImportValidation {
	const [header = [], ...body] = table;
	const columns = columnsOf(header);
	const missingColumns = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
	const errors: ImportRowError[] = [];
	const rows: MemberDraft[] = [];
	if (missingColumns.length > 0) return { rows: [], errors, missingColumns };
	const seen = new Map<string, number>();

	body.forEach((cells, index) => {
		const line = index + 2;
		if (cells.every((c) => c.trim() === '')) return;
		const cell = (key: MemberCsvColumn) => {
			const at = columns.indexOf(key);
			return at === -1 ? '' : (cells[at] ?? '').trim();
		};
		const fail = (column: MemberCsvColumn | null, code: ImportErrorCode, max?: number) =>
			errors.push({ line, column, code, ...(max !== undefined ? { max } : {}) });
		const before = errors.length;

		const realName = cell('realName');
		if (realName.length > MEMBER_LIMITS.realName) fail('realName', 'tooLong', MEMBER_LIMITS.realName);
		const contact = cell('contact');
		if (contact.length > MEMBER_LIMITS.contact) fail('contact', 'tooLong', MEMBER_LIMITS.contact);
		const intakeNeeds = cell('intakeNeeds');
		if (intakeNeeds.length > MEMBER_LIMITS.intakeNeeds)
			fail('intakeNeeds', 'tooLong', MEMBER_LIMITS.intakeNeeds);

		const birthText = cell('birthYear');
		const birthYear = Number(birthText);
		if (!birthText) fail('birthYear', 'required');
		else if (
			!/^\d{4}$/.test(birthText) ||
			birthYear < MEMBER_LIMITS.minBirthYear ||
			birthYear > options.currentYear
		)
			fail('birthYear', 'badBirthYear');

		const genderText = cell('gender');
		const gender = genderText ? (GENDER_WORDS[genderText.toLowerCase()] ?? null) : null;
		if (genderText && !gender) fail('gender', 'badGender');

		const needTags = splitList(cell('needTags'));
		if (needTags.length > MEMBER_LIMITS.needTags) fail('needTags', 'tooManyTags', MEMBER_LIMITS.needTags);
		if (needTags.some((t) => t.length > MEMBER_LIMITS.needTag))
			fail('needTags', 'tooLong', MEMBER_LIMITS.needTag);

		const consentDate = cell('consentDate');
		if (!consentDate) fail('consentDate', 'required');
		else if (!isIsoDate(consentDate)) fail('consentDate', 'badDate');

		const scopeWords = splitList(cell('consentScope'));
		const consentScope = [
			...new Set(scopeWords.map((w) => SCOPE_WORDS[w.toLowerCase()]).filter((s) => s !== undefined))
		];
		if (scopeWords.length === 0) fail('consentScope', 'required');
		else if (scopeWords.some((w) => !SCOPE_WORDS[w.toLowerCase()])) fail('consentScope', 'badScope');
		else if (!consentScope.includes('PARTICIPATION')) fail('consentScope', 'needsParticipation');

		const identity = { realName: realName || null, birthYear, contact: contact || null };
		for (const key of duplicateKeys(identity)) {
			if (seen.has(key)) {
				fail(key.startsWith('contact:') ? 'contact' : 'realName', 'duplicateInFile');
				break;
			}
			if (options.existingKeys?.has(key)) {
				fail(key.startsWith('contact:') ? 'contact' : 'realName', 'duplicateExisting');
				break;
			}
		}
		for (const key of duplicateKeys(identity)) if (!seen.has(key)) seen.set(key, line);

		if (errors.length === before)
			rows.push({
				realName: realName || null,
				birthYear,
				gender,
				contact: contact || null,
				intakeNeeds,
				needTags,
				consentDate,
				consentScope
			});
	});
	return { rows: errors.length === 0 ? rows : [], errors, missingColumns };
}

/** The same calendar-day rule as every date input (an existing day within the app's years). */
function isIsoDate(value: string): boolean {
	return calendarDaySchema.safeParse(value).success;
}

/** Age bands used in the group plan's member profile. */
export const AGE_BANDS = [
	{ key: 'under18', max: 17 },
	{ key: '18to34', max: 34 },
	{ key: '35to59', max: 59 },
	{ key: '60to74', max: 74 },
	{ key: '75plus', max: Infinity }
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['key'] | 'unknown';

export function ageBand(birthYear: number | null, currentYear: number): AgeBand {
	if (birthYear === null) return 'unknown';
	const age = currentYear - birthYear;
	return AGE_BANDS.find((b) => age <= b.max)!.key;
}

/** The next pseudonym after the highest existing `M-nnn` code. */
export function nextMemberCode(highest: number, offset = 1): string {
	return `M-${String(highest + offset).padStart(3, '0')}`;
}
