import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { AppError } from '../../src/lib/server/errors';

async function codeOf(promise: Promise<unknown>) {
	try {
		await promise;
		return 'OK';
	} catch (error) {
		return error instanceof TRPCError || error instanceof AppError
			? `${error.code} ${error.message}`
			: `not a TRPCError: ${String(error)}`;
	}
}

onEachDatabase(
	'measures',
	async (db) => {
		const world = await demoWorld(db.prisma);
		const ids = async (key: string) => (await db.prisma.measure.findUniqueOrThrow({ where: { key } })).id;
		const teenMembers = await db.prisma.enrollment.findMany({
			where: { groupId: world.teen.id },
			orderBy: { member: { code: 'asc' } },
			select: { memberId: true }
		});
		const elderMembers = await db.prisma.enrollment.findMany({
			where: { groupId: world.elder.id },
			orderBy: { member: { code: 'asc' } },
			select: { memberId: true }
		});
		const elderSession = await db.prisma.session.findFirstOrThrow({ where: { groupId: world.elder.id } });
		const teenSession = await db.prisma.session.findFirstOrThrow({
			where: { groupId: world.teen.id, number: 4 }
		});
		return {
			...world,
			rating: await ids('goal-rating'),
			loneliness: await ids('loneliness-3'),
			teenMember: teenMembers[0].memberId,
			otherTeenMember: teenMembers[1].memberId,
			// A member of the elder group only (M-001 belongs to both groups).
			elderMember: elderMembers.find((e) => !teenMembers.some((t) => t.memberId === e.memberId))!.memberId,
			elderSession: elderSession.id,
			teenSession: teenSession.id
		};
	},
	(world) => {
		const count = () => world().db.prisma.measureResponse.count();
		const goals = () => world().db.prisma.goalScale.count();

		it('gives leaders an entry sheet with members, instruments and entered scores', async () => {
			const { as, teen, elder, teenSession } = world();
			const sheet = await as.facilitator.measures.sheet({
				groupId: teen.id,
				point: 'SESSION',
				sessionId: teenSession
			});
			expect(sheet.members).toHaveLength(10);
			expect(sheet.members[0].goals).toHaveLength(2);
			expect(sheet.members.some((m) => m.realName)).toBe(true);
			expect(sheet.measures.map((m) => m.key)).toEqual(['goal-rating', 'session-rating']);
			const baseline = await as.coleader.measures.sheet({ groupId: elder.id, point: 'BASELINE' });
			expect(baseline.measures.map((m) => m.key)).toEqual(['goal-rating', 'loneliness-3']);
			expect(baseline.responses.length).toBeGreaterThan(0);
		});

		it('stores a member’s scores for a session and replaces them when entered again', async () => {
			const { as, teen, teenSession, rating, teenMember, db } = world();
			const save = (score: number) =>
				as.facilitator.measures.save({
					groupId: teen.id,
					memberId: teenMember,
					point: 'SESSION',
					sessionId: teenSession,
					scores: [{ measureId: rating, itemScores: [score] }]
				});
			await save(7);
			await save(8);
			const rows = await db.prisma.measureResponse.findMany({
				where: { memberId: teenMember, sessionId: teenSession, measureId: rating }
			});
			expect(rows.map((r) => r.score)).toEqual([8]);
		});

		it('refuses a score out of range and stores nothing', async () => {
			const { as, teen, elder, rating, loneliness, teenMember, elderMember } = world();
			const before = await count();
			expect(
				await codeOf(
					as.facilitator.measures.save({
						groupId: teen.id,
						memberId: teenMember,
						point: 'BASELINE',
						scores: [{ measureId: rating, itemScores: [11] }]
					})
				)
			).toBe('BAD_REQUEST measures.outOfRange');
			expect(
				await codeOf(
					as.coleader.measures.save({
						groupId: elder.id,
						memberId: elderMember,
						point: 'END',
						scores: [
							{ measureId: rating, itemScores: [5] },
							{ measureId: loneliness, itemScores: [1, 4, 2] }
						]
					})
				)
			).toBe('BAD_REQUEST measures.outOfRange');
			expect(
				await codeOf(
					as.coleader.measures.save({
						groupId: elder.id,
						memberId: elderMember,
						point: 'END',
						scores: [{ measureId: loneliness, itemScores: [1, 2] }]
					})
				)
			).toBe('BAD_REQUEST measures.itemCount');
			const gasGoal = await world().db.prisma.goalScale.findFirstOrThrow({ where: { memberId: teenMember } });
			expect(
				await codeOf(
					as.facilitator.measures.save({
						groupId: teen.id,
						memberId: teenMember,
						point: 'END',
						goals: [{ goalId: gasGoal.id, level: 3 }]
					})
				)
			).toMatch(/^BAD_REQUEST/);
			expect(await count()).toBe(before);
		});

		it('refuses a response for a member who is not in the group, or a session of another group', async () => {
			const { as, teen, rating, elderMember, teenMember, elderSession, otherTeenMember, db } = world();
			const before = await count();
			expect(
				await codeOf(
					as.facilitator.measures.save({
						groupId: teen.id,
						memberId: elderMember,
						point: 'BASELINE',
						scores: [{ measureId: rating, itemScores: [5] }]
					})
				)
			).toBe('BAD_REQUEST measures.memberNotInGroup');
			expect(
				await codeOf(
					as.facilitator.measures.save({
						groupId: teen.id,
						memberId: teenMember,
						point: 'SESSION',
						sessionId: elderSession,
						scores: [{ measureId: rating, itemScores: [5] }]
					})
				)
			).toBe('BAD_REQUEST measures.sessionNotInGroup');
			// Another member's GAS goal cannot be scored for this member.
			const othersGoal = await db.prisma.goalScale.findFirstOrThrow({ where: { memberId: otherTeenMember } });
			expect(
				await codeOf(
					as.facilitator.measures.save({
						groupId: teen.id,
						memberId: teenMember,
						point: 'END',
						goals: [{ goalId: othersGoal.id, level: 1 }]
					})
				)
			).toBe('BAD_REQUEST measures.unknownGoal');
			expect(await count()).toBe(before);
		});

		it('refuses scores for a member who has not consented to measures', async () => {
			const { as, teen, rating, otherTeenMember, db } = world();
			await db.prisma.member.update({
				where: { id: otherTeenMember },
				data: { consentScope: ['PARTICIPATION'] }
			});
			const before = await count();
			expect(
				await codeOf(
					as.facilitator.measures.save({
						groupId: teen.id,
						memberId: otherTeenMember,
						point: 'END',
						scores: [{ measureId: rating, itemScores: [5] }]
					})
				)
			).toBe('BAD_REQUEST consent.missing.MEASURES');
			expect(await count()).toBe(before);
			await db.prisma.member.update({
				where: { id: otherTeenMember },
				data: { consentScope: ['PARTICIPATION', 'NOTES', 'MEASURES'] }
			});
		});

		it('adds a GAS goal only with five described levels and a weight above zero', async () => {
			const { as, teen, teenMember, elderMember } = world();
			const before = await goals();
			const goal = (levels: string[], weight = 1, memberId = teenMember) =>
				as.facilitator.measures.createGoal({
					groupId: teen.id,
					memberId,
					title: '按时完成作业',
					weight,
					levels
				});
			expect(await codeOf(goal(['a', 'b', 'c', 'd']))).toMatch(/^BAD_REQUEST/);
			expect(await codeOf(goal([]))).toMatch(/^BAD_REQUEST/);
			expect(await codeOf(goal(['a', 'b', '  ', 'd', 'e']))).toMatch(/^BAD_REQUEST/);
			expect(await codeOf(goal(['a', 'b', 'c', 'd', 'e'], 0))).toMatch(/^BAD_REQUEST/);
			expect(await codeOf(goal(['a', 'b', 'c', 'd', 'e'], -1))).toMatch(/^BAD_REQUEST/);
			expect(await codeOf(goal(['a', 'b', 'c', 'd', 'e'], 1, elderMember))).toBe(
				'BAD_REQUEST measures.memberNotInGroup'
			);
			expect(await goals()).toBe(before);
			expect(await codeOf(goal(['a', 'b', 'c', 'd', 'e'], 1.5))).toBe('OK');
			expect(await goals()).toBe(before + 1);
		});

		it('lets only the group’s leaders and admins enter scores', async () => {
			const { as, teen, elder, rating, teenMember } = world();
			const input = {
				groupId: teen.id,
				memberId: teenMember,
				point: 'BASELINE' as const,
				scores: [{ measureId: rating, itemScores: [5] }]
			};
			expect(await codeOf(as.supervisor.measures.save(input))).toMatch(/^FORBIDDEN/);
			expect(await codeOf(as.facilitator.measures.sheet({ groupId: elder.id, point: 'BASELINE' }))).toMatch(
				/^FORBIDDEN/
			);
			expect(await codeOf(as.otherAdmin.measures.save(input))).toMatch(/^NOT_FOUND/);
			expect(await codeOf(as.anonymous.measures.scales())).toMatch(/^UNAUTHORIZED/);
		});

		it('lets supervisors define their organization’s own scales, visible to that organization only', async () => {
			const { as } = world();
			const scale = {
				nameZh: '自我效能感量表',
				items: [{ zh: '我能处理好自己的情绪' }, { zh: '遇到困难我会找人帮忙' }],
				itemMin: 1,
				itemMax: 4,
				higherIsBetter: true,
				reliability: 0.8,
				sd: 1.5,
				answerLabels: [
					{ value: 1, zh: '完全不符合' },
					{ value: 2, zh: '不太符合' },
					{ value: 3, zh: '比较符合' },
					{ value: 4, zh: '完全符合', en: 'exactly true' }
				]
			};
			expect(await codeOf(as.facilitator.measures.createScale(scale))).toBe('FORBIDDEN errors.FORBIDDEN');
			expect(await codeOf(as.supervisor.measures.createScale({ ...scale, itemMax: 1 }))).toMatch(
				/^BAD_REQUEST/
			);
			expect(await codeOf(as.supervisor.measures.createScale({ ...scale, items: [] }))).toMatch(
				/^BAD_REQUEST/
			);
			const created = await as.supervisor.measures.createScale(scale);
			expect((await as.facilitator.measures.scales()).find((s) => s.id === created.id)?.items).toHaveLength(
				2
			);
			expect((await as.otherAdmin.measures.scales()).some((s) => s.id === created.id)).toBe(false);
		});
	}
);
