import { addDateOnlyDays, dateOnly, dayBounds } from '../../../domain/dates';
import { badRequest } from '../../errors';

type Range = { from: Date | null; to: Date | null };

/** Refuses a range whose first day is after its last. */
export function checkOrder(from: string | null, to: string | null) {
	if (from && to && from > to) throw badRequest('supervision.rangeOrder');
}

/**
 * Whole days (yyyy-mm-dd, both inclusive) as instants in the organization's time zone: [from 00:00, the day
 * after `to` 00:00). Either end may be open.
 */
export function dayRange(timeZone: string, from: string | null, to: string | null): Range {
	checkOrder(from, to);
	return {
		from: from ? dayBounds(from, from, timeZone).from : null,
		to: to ? dayBounds(to, to, timeZone).to : null
	};
}

/** The same days for filtering date-only values (a group's start date), which no zone shifts. */
export function dateOnlyRange(from: string | null, to: string | null): Range {
	checkOrder(from, to);
	return {
		from: from ? dateOnly(from) : null,
		to: to ? dateOnly(addDateOnlyDays(to, 1)) : null
	};
}
