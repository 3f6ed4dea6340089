import ical from 'ical-generator';
import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { MessageKey } from '../../../i18n';
import type { Locale } from '../../../i18n/types';
import type { PlanDocument } from '../groups/get-plan-document';
import { planLabels } from './plan-labels';

/**
 * Every session of the group as an iCal calendar. Times are the organization's wall clock with its TZID (and
 * the zone's VTIMEZONE), so a calendar shows 18:00 on both sides of a daylight saving change, and repeats or
 * edits of an event stay in that zone.
 */
export function buildSessionsIcs(doc: PlanDocument, locale: Locale): string {
	const { t } = planLabels(locale, doc.timeZone);
	const calendar = ical({
		name: t('doc.calendarName', { name: doc.name }),
		prodId: { company: 'group-work-studio', product: 'sessions', language: locale === 'en' ? 'EN' : 'ZH' },
		timezone: { name: null, generator: getVtimezoneComponent }
	});
	// ical-generator reads a TZDate's wall clock in its own zone, never the server's.
	const inZone = (at: Date) => new TZDate(at.getTime(), doc.timeZone);
	for (const session of doc.sessions) {
		if (session.status === 'CANCELLED') continue;
		const title = t('doc.sessionHeading', { n: session.number, title: session.title }).trim();
		calendar.createEvent({
			id: `${session.id}@group-work-studio`,
			timezone: doc.timeZone,
			start: inZone(session.scheduledAt),
			end: inZone(new Date(session.scheduledAt.getTime() + session.plannedMinutes * 60_000)),
			summary: `${doc.name} · ${title}`,
			location: doc.venue || null,
			description: t(`stage.${session.stage}` as MessageKey)
		});
	}
	return calendar.toString();
}
