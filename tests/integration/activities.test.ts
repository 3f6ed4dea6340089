import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { codeOf } from './support/code-of';

const own = {
	titleZh: '情绪拼图',
	titleEn: 'Feelings puzzle',
	purposeZh: '用拼图认识情绪的不同部分',
	purposeEn: 'Notice the parts of a feeling with a puzzle',
	stages: ['WORKING' as const],
	themes: ['TEEN_EMOTION'],
	minMinutes: 10,
	maxMinutes: 30,
	defaultMinutes: 20,
	minGroupSize: 4,
	maxGroupSize: 12,
	materialsZh: '拼图卡',
	materialsEn: 'Puzzle cards',
	energy: 'LOW' as const,
	stepsZh: ['发卡', '拼图', '分享'],
	stepsEn: ['Hand out cards', 'Puzzle', 'Share']
};

onEachDatabase(
	'activities',
	(db) => demoWorld(db.prisma),
	(world) => {
		it('lists the 59 built-in activities in library order to every signed-in role', async () => {
			const { as } = world();
			const list = await as.supervisor.activities.list({});
			expect(list.filter((a) => !a.isOwn)).toHaveLength(59);
			expect(list[0].key).toBe('pre-group-interview');
			expect(await codeOf(as.anonymous.activities.list({}))).toBe('UNAUTHORIZED');
		});

		it('filters by stage, theme, duration, energy and materials, and searches both languages', async () => {
			const { as } = world();
			const ending = await as.facilitator.activities.list({ stage: 'ENDING' });
			expect(ending.length).toBeGreaterThan(0);
			expect(ending.every((a) => a.stages.includes('ENDING'))).toBe(true);
			const elder = await as.facilitator.activities.list({ theme: 'ELDER_SOCIAL' });
			expect(elder.every((a) => a.themes.includes('ELDER_SOCIAL'))).toBe(true);
			const short = await as.facilitator.activities.list({ fitsMinutes: 10 });
			expect(short.length).toBeGreaterThan(0);
			expect(short.every((a) => a.minMinutes <= 10)).toBe(true);
			const calm = await as.facilitator.activities.list({ energy: 'LOW', noMaterials: true });
			expect(calm.every((a) => a.energy === 'LOW' && !a.needsMaterials)).toBe(true);
			expect((await as.facilitator.activities.list({ search: '滚雪球' })).map((a) => a.key)).toContain(
				'snowball-introduction'
			);
			expect((await as.facilitator.activities.list({ search: 'SNOWBALL' })).map((a) => a.key)).toContain(
				'snowball-introduction'
			);
			expect(await as.facilitator.activities.list({ search: 'zzzz-nothing' })).toEqual([]);
		});

		it('shows an activity’s details and answers a missing id with NOT_FOUND', async () => {
			const { as } = world();
			const [first] = await as.facilitator.activities.list({ search: 'name chain' });
			const detail = await as.facilitator.activities.get({ activityId: first.id });
			expect(detail.stepsZh.length).toBe(detail.stepsEn.length);
			expect(detail.tipsEn).not.toBe('');
			expect(detail.canEdit).toBe(false);
			expect(await codeOf(as.facilitator.activities.get({ activityId: 'nope' }))).toBe('NOT_FOUND');
		});

		it('lets facilitators add, edit and delete their organization’s activities, and hides them elsewhere', async () => {
			const { as, db } = world();
			const { id } = await as.facilitator.activities.create({ activity: own });
			const stored = await db.prisma.activity.findUniqueOrThrow({ where: { id } });
			expect(stored.needsMaterials).toBe(true);
			expect((await as.coleader.activities.list({ ownOnly: true })).map((a) => a.id)).toContain(id);
			expect((await as.facilitator.activities.list({ search: 'feelings puzzle' })).map((a) => a.id)).toEqual([
				id
			]);
			// Another organization neither sees nor touches it.
			expect((await as.otherAdmin.activities.list({ search: '情绪拼图' })).length).toBe(0);
			expect(await codeOf(as.otherAdmin.activities.get({ activityId: id }))).toBe('NOT_FOUND');
			expect(await codeOf(as.otherAdmin.activities.update({ activityId: id, activity: own }))).toBe(
				'NOT_FOUND'
			);
			expect(await codeOf(as.otherAdmin.activities.delete({ activityId: id }))).toBe('NOT_FOUND');
			// Supervisors read the library but do not change it.
			expect(await codeOf(as.supervisor.activities.create({ activity: own }))).toBe('FORBIDDEN');
			expect(await codeOf(as.supervisor.activities.delete({ activityId: id }))).toBe('FORBIDDEN');

			await as.coleader.activities.update({
				activityId: id,
				activity: { ...own, titleEn: 'Feelings jigsaw', materialsZh: '', materialsEn: '' }
			});
			const updated = await db.prisma.activity.findUniqueOrThrow({ where: { id } });
			expect(updated.titleEn).toBe('Feelings jigsaw');
			expect(updated.needsMaterials).toBe(false);

			await as.admin.activities.delete({ activityId: id });
			expect(await db.prisma.activity.findUnique({ where: { id } })).toBeNull();
		});

		it('keeps the built-in library read-only', async () => {
			const { as, db } = world();
			const builtIn = await db.prisma.activity.findFirstOrThrow({ where: { key: 'name-chain' } });
			expect(await codeOf(as.admin.activities.update({ activityId: builtIn.id, activity: own }))).toBe(
				'FORBIDDEN'
			);
			expect(await codeOf(as.admin.activities.delete({ activityId: builtIn.id }))).toBe('FORBIDDEN');
			expect((await db.prisma.activity.findUniqueOrThrow({ where: { id: builtIn.id } })).titleEn).toBe(
				builtIn.titleEn
			);
		});

		it('refuses invalid activities and writes nothing', async () => {
			const { as, db } = world();
			const before = await db.prisma.activity.count();
			const bad = [
				{ ...own, titleZh: '', titleEn: '' },
				{ ...own, minMinutes: 30, maxMinutes: 10 },
				{ ...own, defaultMinutes: 45 },
				{ ...own, minMinutes: 0 },
				{ ...own, maxMinutes: 481, defaultMinutes: 481 },
				{ ...own, titleZh: 'x'.repeat(121) },
				{ ...own, stepsZh: Array.from({ length: 13 }, () => 'step') },
				{ ...own, minGroupSize: 10, maxGroupSize: 2 },
				{ ...own, energy: 'EXTREME' as 'LOW' }
			];
			for (const activity of bad)
				expect(await codeOf(as.facilitator.activities.create({ activity }))).toBe('BAD_REQUEST');
			expect(await db.prisma.activity.count()).toBe(before);
		});

		it('tags activities with the organization’s own themes, and suggests them for a group under that theme', async () => {
			const { as, db, teen } = world();
			const settings = {
				name: '阳光社工服务中心',
				defaultLocale: 'zh-CN' as const,
				timeZone: 'Asia/Shanghai',
				defaultSessionMinutes: 90
			};
			await as.admin.organization.update({ ...settings, customThemes: ['社区融入'] });
			expect(await as.supervisor.activities.themes()).toEqual(['社区融入']);
			expect(await codeOf(as.anonymous.activities.themes())).toBe('UNAUTHORIZED');
			const before = await db.prisma.activity.count();
			const unknown = await as.facilitator.activities
				.create({ activity: { ...own, themes: ['戒烟支持'] } })
				.catch((error: TRPCError) => error);
			expect(unknown).toMatchObject({ code: 'BAD_REQUEST', message: 'groups.error.unknownTheme' });
			expect(await db.prisma.activity.count()).toBe(before);

			const tagged = {
				...own,
				titleZh: '社区地图',
				titleEn: 'Community map',
				stages: ['BEGINNING' as const]
			};
			const { id } = await as.facilitator.activities.create({
				activity: { ...tagged, themes: ['社区融入'] }
			});
			const { id: untagged } = await as.facilitator.activities.create({
				activity: { ...tagged, titleZh: '社区地图（无主题）', themes: [] }
			});
			expect((await as.facilitator.activities.list({ theme: '社区融入' })).map((a) => a.id)).toEqual([id]);

			const firstSession = await db.prisma.session.findFirstOrThrow({
				where: { groupId: teen.id, number: 1 }
			});
			const original = teen.theme;
			await db.prisma.group.update({ where: { id: teen.id }, data: { theme: '社区融入' } });
			try {
				const suggested = (await as.facilitator.plans.suggestions({ sessionId: firstSession.id })).map(
					(a) => a.id
				);
				expect(suggested).toContain(id);
				expect(
					suggested.indexOf(untagged) === -1 || suggested.indexOf(untagged) > suggested.indexOf(id)
				).toBe(true);
			} finally {
				await db.prisma.group.update({ where: { id: teen.id }, data: { theme: original } });
			}

			// The organization drops the theme: the activity keeps it through an edit, and cannot gain another unknown one.
			await as.admin.organization.update({ ...settings, customThemes: [] });
			const detail = await as.facilitator.activities.get({ activityId: id });
			await as.facilitator.activities.update({
				activityId: id,
				activity: { ...tagged, titleZh: '社区地图（二版）', themes: detail.themes }
			});
			expect((await as.facilitator.activities.get({ activityId: id })).themes).toEqual(['社区融入']);
			expect(
				await codeOf(
					as.facilitator.activities.update({
						activityId: id,
						activity: { ...tagged, themes: ['社区融入', '戒烟支持'] }
					})
				)
			).toBe('BAD_REQUEST');
			expect((await as.facilitator.activities.get({ activityId: id })).titleZh).toBe('社区地图（二版）');
			await as.facilitator.activities.delete({ activityId: id });
			await as.facilitator.activities.delete({ activityId: untagged });
		});

		it('marks favourites per user and filters by them', async () => {
			const { as, db } = world();
			const a = await db.prisma.activity.findFirstOrThrow({ where: { key: 'trust-walk' } });
			await as.facilitator.activities.setFavorite({ activityId: a.id, favorite: true });
			await as.facilitator.activities.setFavorite({ activityId: a.id, favorite: true });
			const favourites = await as.facilitator.activities.list({ favoritesOnly: true });
			expect(favourites.map((f) => f.id)).toEqual([a.id]);
			expect(favourites[0].isFavorite).toBe(true);
			expect(await as.coleader.activities.list({ favoritesOnly: true })).toEqual([]);
			await as.facilitator.activities.setFavorite({ activityId: a.id, favorite: false });
			expect(await as.facilitator.activities.list({ favoritesOnly: true })).toEqual([]);
			expect(
				await codeOf(as.facilitator.activities.setFavorite({ activityId: 'missing', favorite: true }))
			).toBe('NOT_FOUND');
		});
	}
);
