import { expect, it } from 'vitest';
import { BUILT_IN_ACTIVITIES, type BuiltInActivity } from '../../src/lib/domain/activity-library';
import { upsertBuiltInActivities } from '../../src/lib/server/db/seed-activities';
import { seedLibrary } from '../../src/lib/server/db/seed';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';

const own = {
	titleZh: '情绪拼图',
	titleEn: 'Feelings puzzle',
	stages: ['WORKING' as const],
	themes: ['TEEN_EMOTION'],
	minMinutes: 10,
	maxMinutes: 30,
	defaultMinutes: 20,
	stepsZh: ['发卡', '拼图', '分享'],
	stepsEn: ['Hand out cards', 'Puzzle', 'Share']
};

const edited = (a: BuiltInActivity): BuiltInActivity => ({
	...a,
	titleEn: `${a.titleEn} (revised)`,
	defaultMinutes: a.minMinutes,
	stepsEn: [...a.stepsEn.slice(0, -1), 'A rewritten last step.']
});

onEachDatabase(
	'built-in activity library',
	async (db) => {
		const world = await demoWorld(db.prisma);
		const mine = await world.as.facilitator.activities.create({ activity: own });
		return { ...world, mine };
	},
	(world) => {
		it('brings an edited activity into an existing database, keeping its id, and leaves own activities alone', async () => {
			const { db, mine } = world();
			const [first, second, ...rest] = BUILT_IN_ACTIVITIES;
			const before = await db.prisma.activity.findMany({ orderBy: { id: 'asc' } });
			const added: BuiltInActivity = { ...second, key: 'brand-new-activity', titleEn: 'Brand new' };

			const result = await upsertBuiltInActivities(db.prisma, [edited(first), second, ...rest, added]);
			expect(result).toEqual({ inserted: 1, updated: 1 });

			const row = await db.prisma.activity.findUniqueOrThrow({ where: { key: first.key } });
			expect(row.id).toBe(before.find((b) => b.key === first.key)!.id);
			expect(row.titleEn).toBe(`${first.titleEn} (revised)`);
			expect(row.defaultMinutes).toBe(first.minMinutes);
			expect(row.stepsEn.at(-1)).toBe('A rewritten last step.');
			expect(
				await db.prisma.activity.count({ where: { key: 'brand-new-activity', organizationId: null } })
			).toBe(1);

			const after = await db.prisma.activity.findMany({ orderBy: { id: 'asc' } });
			const untouched = (rows: typeof after) =>
				rows.filter((r) => r.key !== first.key && r.key !== added.key);
			expect(untouched(after)).toEqual(untouched(before));
			expect(after.find((r) => r.id === mine.id)).toEqual(before.find((r) => r.id === mine.id));

			// Running again changes nothing.
			expect(await upsertBuiltInActivities(db.prisma, [edited(first), second, ...rest, added])).toEqual({
				inserted: 0,
				updated: 0
			});
		});

		it('restores the library data at start-up over a stale built-in row, never an organization’s own', async () => {
			const { db, mine } = world();
			const key = BUILT_IN_ACTIVITIES[3].key;
			await db.prisma.activity.updateMany({
				where: { key },
				data: { titleZh: '旧标题', energy: 'HIGH', themes: ['CUSTOM'] }
			});
			await db.prisma.activity.update({ where: { id: mine.id }, data: { titleEn: 'Still mine' } });

			await seedLibrary(db.prisma);

			const row = await db.prisma.activity.findUniqueOrThrow({ where: { key } });
			const { key: _key, ...data } = BUILT_IN_ACTIVITIES[3];
			expect(row).toMatchObject(data);
			const rows = await db.prisma.activity.findMany({ where: { organizationId: null } });
			for (const a of BUILT_IN_ACTIVITIES) expect(rows.find((r) => r.key === a.key)).toMatchObject(a);
			expect((await db.prisma.activity.findUniqueOrThrow({ where: { id: mine.id } })).titleEn).toBe(
				'Still mine'
			);
		});
	}
);
