import { addDays, zonedDateTime } from '../../../domain/dates';
import { badRequest } from '../../errors';

/**
 * Whole days (yyyy-mm-dd, both inclusive) as instants in the organization's time zone: [from 00:00, the day
 * after `to` 00:00). Either end may be open.
 */
export function dayRange(
	timeZone: string,
	from: string | null,
	to: string | null
): { from: Date | null; to: Date | null } {
	if (from && to && from > to) throw badRequest('supervision.rangeOrder');
	return {
		from: from ? zonedDateTime(from, '00:00', timeZone) : null,
		to: to ? addDays(zonedDateTime(to, '00:00', timeZone), 1) : null
	};
}
