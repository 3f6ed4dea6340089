import { expect, it } from 'vitest';
import { COMPARE_LIMIT } from '../../src/lib/server/services/supervision/compare-groups';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';

onEachDatabase(
	'supervisor comparison of a large organization',
	(db) => demoWorld(db.prisma),
	(world) => {
		it('says when it shows only the most recently started groups, instead of dropping the rest silently', async () => {
			const { as, db, organizationId } = world();
			expect((await as.supervisor.supervision.compare({})).truncated).toBe(false);
			await db.prisma.group.createMany({
				data: Array.from({ length: COMPARE_LIMIT }, (_, i) => ({
					organizationId,
					name: `Bulk ${i}`,
					theme: 'CUSTOM',
					plannedSessionCount: 6,
					startDate: new Date(Date.UTC(2020, 0, 1 + i))
				}))
			});
			const all = await as.supervisor.supervision.compare({});
			expect(all.truncated).toBe(true);
			expect(all.groups).toHaveLength(COMPARE_LIMIT);
			const narrowed = await as.supervisor.supervision.compare({ themes: ['TEEN_EMOTION', 'ELDER_SOCIAL'] });
			expect(narrowed.truncated).toBe(false);
			expect(narrowed.groups).toHaveLength(2);
		});
	}
);
