import type { PrismaClient } from './generated/client';

/** Two personal goals per teen member, each with five described levels (−2…+2) and a weight. */
const TEEN_GOALS = [
	{
		title: '生气时先停一停，用学过的方法平复情绪',
		weight: 2,
		levels: [
			'每次生气都马上爆发，没有尝试平复',
			'偶尔想起要停一停，但很少做到',
			'大约一半的时候能先停下来，用一种方法平复',
			'多数时候能先停下来，并用学过的方法平复',
			'几乎每次都能先停下来平复，还能提醒同伴'
		]
	},
	{
		title: '在小组里说出自己的感受',
		weight: 1,
		levels: [
			'整节不发言',
			'被点名时才简短回应',
			'每节主动说出一次自己的感受',
			'每节主动分享两次以上，并回应他人',
			'能带动其他组员分享感受'
		]
	}
];

/**
 * GAS goals for the demo teen group: baseline −2 or −1, then one level up per session run (capped at +2),
 * except the last member, who stays at baseline, so that the charts show both a trend and no change.
 * Rule (member index m, goal g): baseline = (m + g) even ? −2 : −1; after session k = min(2, baseline + k).
 */
export async function seedGasGoals(prisma: PrismaClient, organizationId: string) {
	const [gas, group] = await Promise.all([
		prisma.measure.findUnique({ where: { key: 'gas' }, select: { id: true } }),
		prisma.group.findFirst({
			where: { organizationId, theme: 'TEEN_EMOTION' },
			select: {
				id: true,
				startDate: true,
				leaders: { where: { role: 'LEAD' }, select: { userId: true } },
				enrollments: { orderBy: { member: { code: 'asc' } }, select: { memberId: true } },
				sessions: {
					where: { status: 'DONE' },
					orderBy: { number: 'asc' },
					select: { id: true, scheduledAt: true }
				}
			}
		})
	]);
	if (!gas || !group || !group.startDate) return;
	const createdById = group.leaders[0].userId;
	const baselineAt = new Date(group.startDate.getTime() - 86_400_000);
	const responses = [];
	for (const [m, { memberId }] of group.enrollments.entries()) {
		const stays = m === group.enrollments.length - 1;
		for (const [g, goal] of TEEN_GOALS.entries()) {
			const created = await prisma.goalScale.create({
				data: { organizationId, groupId: group.id, memberId, ...goal },
				select: { id: true }
			});
			const baseline = (m + g) % 2 === 0 ? -2 : -1;
			const points = [
				{ point: 'BASELINE' as const, sessionId: null, takenAt: baselineAt, level: baseline },
				...group.sessions.map((s, k) => ({
					point: 'SESSION' as const,
					sessionId: s.id,
					takenAt: s.scheduledAt,
					level: stays ? baseline : Math.min(2, baseline + k + 1)
				}))
			];
			for (const { level, ...p } of points)
				responses.push({
					...p,
					organizationId,
					groupId: group.id,
					memberId,
					measureId: gas.id,
					goalId: created.id,
					itemScores: [level],
					score: level,
					createdById
				});
		}
	}
	await prisma.measureResponse.createMany({ data: responses });
}
