import ical from 'ical-generator';
import type { MessageKey } from '../../../i18n';
import type { Locale } from '../../../i18n/types';
import type { PlanDocument } from '../groups/get-plan-document';
import { planLabels } from './plan-labels';

/** Every session of the group as an iCal calendar; times are absolute (UTC), so any calendar shows them right. */
export function buildSessionsIcs(doc: PlanDocument, locale: Locale): string {
	const { t } = planLabels(locale, doc.timeZone);
	const calendar = ical({
		name: t('doc.calendarName', { name: doc.name }),
		prodId: { company: 'group-work-studio', product: 'sessions', language: locale === 'en' ? 'EN' : 'ZH' }
	});
	for (const session of doc.sessions) {
		if (session.status === 'CANCELLED') continue;
		const title = t('doc.sessionHeading', { n: session.number, title: session.title }).trim();
		calendar.createEvent({
			id: `${session.id}@group-work-studio`,
			start: session.scheduledAt,
			end: new Date(session.scheduledAt.getTime() + session.plannedMinutes * 60_000),
			summary: `${doc.name} · ${title}`,
			location: doc.venue || null,
			description: t(`stage.${session.stage}` as MessageKey)
		});
	}
	return calendar.toString();
}
