/**
 * A group's schedule (start date, weekday, clock time, length, number of sessions) and the dated sessions it
 * generates. Pure functions; dates are wall-clock dates in the organization's time zone.
 */
import { addDateOnlyDays, isCalendarDate, zonedDateTime } from './dates';
import type { Stage } from './vocabularies';
import { stageForSession } from './stages';
import type { GroupTemplate } from './group-templates';
import { slotStages } from './template-plans';

export interface GroupSchedule {
	/** 'YYYY-MM-DD': the first session is on the first `weekday` on or after this date. */
	startDate: string;
	/** 0 = Sunday … 6 = Saturday, as Date.getDay(). */
	weekday: number;
	/** 'HH:MM', 24-hour clock. */
	startTime: string;
	sessionCount: number;
}

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MAX_SESSIONS = 30;

export { DATE_PATTERN, isCalendarDate } from './dates';

/** The calendar date of the first session: the first `weekday` on or after `startDate`. */
export function firstSessionDate(startDate: string, weekday: number): string {
	const [y, m, d] = startDate.split('-').map(Number);
	const startWeekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
	return addDateOnlyDays(startDate, (weekday - startWeekday + 7) % 7);
}

/**
 * The instants of the sessions, one week apart on the same wall-clock time in `timeZone` (so a daylight
 * saving change keeps the clock time, not the UTC offset).
 *
 * @throws RangeError for a malformed date or time, a weekday outside 0..6 or a count outside 1..MAX_SESSIONS.
 */
export function sessionDates(schedule: GroupSchedule, timeZone: string): Date[] {
	if (!isCalendarDate(schedule.startDate)) throw new RangeError(`bad start date ${schedule.startDate}`);
	if (!TIME_PATTERN.test(schedule.startTime)) throw new RangeError(`bad start time ${schedule.startTime}`);
	if (!Number.isInteger(schedule.weekday) || schedule.weekday < 0 || schedule.weekday > 6)
		throw new RangeError(`weekday must be 0..6, got ${schedule.weekday}`);
	if (
		!Number.isInteger(schedule.sessionCount) ||
		schedule.sessionCount < 1 ||
		schedule.sessionCount > MAX_SESSIONS
	)
		throw new RangeError(`session count must be 1..${MAX_SESSIONS}, got ${schedule.sessionCount}`);
	const first = firstSessionDate(schedule.startDate, schedule.weekday);
	return Array.from({ length: schedule.sessionCount }, (_, i) =>
		zonedDateTime(addDateOnlyDays(first, i * 7), schedule.startTime, timeZone)
	);
}

/**
 * The stage of each session: the template's outline (its own stages when the count matches, merged or extended
 * otherwise, see `sessionSlots`), or the general rule (`stageForSession`) without a template.
 */
export function sessionStages(count: number, template: GroupTemplate | null): Stage[] {
	if (template) return slotStages(template, count);
	return Array.from({ length: count }, (_, i) => stageForSession(i + 1, count));
}
