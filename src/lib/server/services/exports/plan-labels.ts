import { themeName, translate, type MessageKey } from '../../../i18n';
import type { Locale } from '../../../i18n/types';
import { formatStoredDate } from '../../../domain/dates';
import { AGE_BANDS } from '../../../domain/member-import';
import type { PlanDocument } from '../groups/get-plan-document';

/** Text helpers shared by the Word document and the calendar, in the reader's language. */
export function planLabels(locale: Locale, timeZone: string) {
	const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
	const dateFmt = new Intl.DateTimeFormat(locale, {
		timeZone,
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		weekday: 'short',
		hour: '2-digit',
		minute: '2-digit',
		hour12: false
	});
	return {
		t,
		date: (at: Date) => formatStoredDate(dateFmt, at),
		orEmpty: (text: string) => text.trim() || t('doc.empty'),
		theme: (theme: string) => themeName(locale, theme),
		genderRows: (doc: PlanDocument) =>
			['F', 'M', 'OTHER', 'UNKNOWN']
				.filter((g) => doc.memberProfile.byGender[g])
				.map((g) => ({
					label: t(`doc.gender.${g}` as MessageKey),
					count: doc.memberProfile.byGender[g] ?? 0
				})),
		ageRows: (doc: PlanDocument) =>
			[...AGE_BANDS.map((b) => b.key), 'unknown' as const]
				.filter((band) => doc.memberProfile.byAge[band])
				.map((band) => ({
					label: t(`doc.age.${band}` as MessageKey),
					count: doc.memberProfile.byAge[band] ?? 0
				})),
		sessionList: (numbers: number[]) =>
			t('doc.sessionList', { list: numbers.join(locale === 'en' ? ', ' : '、') }),
		itemTitle: (item: PlanDocument['sessions'][number]['items'][number]) =>
			item.title || t(`doc.kind.${item.kind}` as MessageKey)
	};
}
