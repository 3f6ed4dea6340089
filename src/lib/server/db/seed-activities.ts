import { BUILT_IN_ACTIVITIES, type BuiltInActivity } from '../../domain/activity-library';
import type { PrismaClient } from './generated/client';
import { sameValue } from './same-value';

const FIELDS = Object.keys(BUILT_IN_ACTIVITIES[0]).filter((f) => f !== 'key') as (keyof BuiltInActivity)[];

/**
 * Brings the database's built-in activities in line with the library data, matched by key: new ones are
 * inserted, changed ones updated in place (same id, so plans that use them follow), unchanged ones left alone.
 * Only rows without an organization are touched; organizations' own activities are theirs. Activities removed
 * from the data stay in the database, because existing plans may refer to them.
 */
export async function upsertBuiltInActivities(prisma: PrismaClient, library = BUILT_IN_ACTIVITIES) {
	const existing = new Map(
		(
			await prisma.activity.findMany({
				where: { organizationId: null, key: { in: library.map((a) => a.key) } }
			})
		).map((row) => [row.key, row])
	);
	const missing = library.filter((a) => !existing.has(a.key));
	const changed = library.filter((a) => {
		const row = existing.get(a.key);
		return row && FIELDS.some((f) => !sameValue(row[f], a[f]));
	});
	if (missing.length > 0) {
		// skipDuplicates: another instance starting at the same time may insert them first.
		await prisma.activity.createMany({
			data: missing.map((a) => ({ ...a, organizationId: null })),
			skipDuplicates: true
		});
	}
	for (const a of changed) {
		const { key, ...data } = a;
		await prisma.activity.updateMany({ where: { key, organizationId: null }, data });
	}
	return { inserted: missing.length, updated: changed.length };
}
