import type { PrismaClient } from '../../db/generated/client';
import { addDays, zonedDateTime } from '../../../domain/dates';
import { badRequest } from '../../trpc/errors';

/**
 * Whole days (yyyy-mm-dd, both inclusive) as instants in the organization's time zone: [from 00:00, the day
 * after `to` 00:00). Either end may be open.
 */
export async function dayRange(
	prisma: PrismaClient,
	organizationId: string,
	from: string | null,
	to: string | null
): Promise<{ from: Date | null; to: Date | null }> {
	if (from && to && from > to) throw badRequest('supervision.rangeOrder');
	const { timeZone } = await prisma.organization.findUniqueOrThrow({
		where: { id: organizationId },
		select: { timeZone: true }
	});
	return {
		from: from ? zonedDateTime(from, '00:00', timeZone) : null,
		to: to ? addDays(zonedDateTime(to, '00:00', timeZone), 1) : null
	};
}
