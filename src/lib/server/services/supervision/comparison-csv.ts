import { themeName, translate, type MessageKey } from '../../../i18n';
import type { Locale } from '../../../i18n/types';
import { round } from '../../../domain/report-figures';
import { toCsv, type CsvCell } from '../../../domain/csv';
import { dateOnlyString } from '../../../domain/dates';
import type { Comparison } from './compare-groups';
import type { StatisticsRow } from './service-statistics';

/** The comparison table as CSV (UTF-8 with BOM), one row per group, headers in the reader's language. */
export function comparisonCsv(comparison: Comparison, locale: Locale): string {
	const t = (key: MessageKey, params?: Record<string, string>) => translate(locale, key, params);
	const measureName = (m: { nameZh: string; nameEn: string }) => (locale === 'en' ? m.nameEn : m.nameZh);
	const header: CsvCell[] = [
		t('supervision.group'),
		t('supervision.theme'),
		t('supervision.facilitator'),
		t('supervision.statusColumn'),
		t('supervision.startDate'),
		t('supervision.sessionsDone'),
		t('supervision.enrolled'),
		t('supervision.attendanceRate'),
		t('supervision.retention'),
		t('supervision.serviceHours'),
		t('reports.conflicts'),
		t('reports.resolved'),
		t('supervision.balance'),
		...comparison.measures.flatMap((m) => [
			t('supervision.changeOf', { measure: measureName(m) }),
			`${measureName(m)} ${t('supervision.ciLow')}`,
			`${measureName(m)} ${t('supervision.ciHigh')}`,
			t('supervision.improvedOf', { measure: measureName(m) })
		])
	];
	const rows = comparison.groups.map((g): CsvCell[] => [
		g.name,
		themeName(locale, g.theme),
		g.leaders.map((l) => l.name).join('、'),
		translate(locale, `groupStatus.${g.status}` as MessageKey),
		g.startDate ? dateOnlyString(g.startDate) : null,
		g.sessionsDone,
		g.enrolled,
		round(g.attendanceRate, 4),
		round(g.retention, 4),
		round(g.serviceHours, 2),
		g.conflicts,
		g.conflictsResolved,
		round(g.participationBalance, 4),
		...comparison.measures.flatMap((m) => {
			const c = g.measures[m.measureId];
			return [
				round(c?.change?.mean, 4),
				round(c?.change?.low, 4),
				round(c?.change?.high, 4),
				round(c?.shareImproved, 4)
			];
		})
	]);
	return toCsv([header, ...rows]);
}

/** Service statistics as CSV, one row per month and theme. */
export function statisticsCsv(rows: StatisticsRow[], locale: Locale): string {
	const t = (key: MessageKey) => translate(locale, key);
	return toCsv([
		[
			t('supervision.statistics.month'),
			t('supervision.theme'),
			t('supervision.statistics.groups'),
			t('supervision.statistics.sessions'),
			t('supervision.statistics.attendances'),
			t('supervision.statistics.serviceHours'),
			t('supervision.statistics.personHours')
		],
		...rows.map((r) => [
			r.month,
			themeName(locale, r.theme),
			r.groups,
			r.sessions,
			r.attendances,
			round(r.serviceHours, 2),
			round(r.personHours, 2)
		])
	]);
}
