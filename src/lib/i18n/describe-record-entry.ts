import type { RecordEntry } from '../domain/member-record';
import type { MessageKey } from './index';
import type { Locale } from './types';
import { observationTagLabel } from './observation-tags';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** One line of text for a record entry, in the reader's language (shared by the .docx and the page). */
export function describeEntry(entry: RecordEntry, t: Translate, locale: Locale): string {
	switch (entry.kind) {
		case 'ATTENDANCE':
			return [
				t(`records.attendance.${entry.status}` as MessageKey),
				entry.minutesLate ? t('records.minutesLate', { n: entry.minutesLate }) : '',
				entry.absenceReason ? t(`absence.reason.${entry.absenceReason}` as MessageKey) : '',
				entry.note ?? ''
			]
				.filter(Boolean)
				.join(' · ');
		case 'MEASURE':
			return [
				locale === 'en' ? entry.measureNameEn : entry.measureNameZh,
				t(`records.point.${entry.point}` as MessageKey),
				t('records.score', { score: entry.score }),
				entry.source !== 'STAFF' ? t(`selfReport.responseSource.${entry.source}` as MessageKey) : ''
			]
				.filter(Boolean)
				.join(' · ');
		case 'INTERACTION':
			return [
				t(`records.interaction.${entry.interactionKind}` as MessageKey),
				t(`records.direction.${entry.direction}`, { other: entry.otherCode ?? t('records.wholeGroup') }),
				entry.note || ''
			]
				.filter(Boolean)
				.join(' · ');
		case 'OBSERVATION':
			return [entry.note, entry.tags.map((tag) => observationTagLabel(locale, tag)).join('、')]
				.filter(Boolean)
				.join(' · ');
		case 'CONFLICT':
			return [
				t(`records.conflict.${entry.conflictType}` as MessageKey),
				t('records.severity', { n: entry.severity }),
				entry.description || t('records.textRemoved'),
				entry.handling ? t('records.handling', { text: entry.handling }) : '',
				entry.otherCodes.length ? t('records.with', { codes: entry.otherCodes.join('、') }) : '',
				entry.resolved ? t('records.resolved') : t('records.unresolved')
			]
				.filter(Boolean)
				.join(' · ');
	}
}
