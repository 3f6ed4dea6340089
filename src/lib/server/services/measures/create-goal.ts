import type { PrismaClient } from '../../db/generated/client';
import type { GroupAccess } from '../access/require-group-access';
import { assertConsent } from '../access/consent';
import { badRequest } from '../../errors';

export interface CreateGoalOptions {
	access: GroupAccess;
	memberId: string;
	title: string;
	weight: number;
	levels: string[];
}

/** Adds a Goal Attainment Scaling goal for a member: five described levels (−2…+2) and a weight > 0. */
export async function createGoal(prisma: PrismaClient, o: CreateGoalOptions) {
	if (o.levels.length !== 5 || o.levels.some((l) => l.trim() === '')) throw badRequest('measures.fiveLevels');
	if (!(o.weight > 0)) throw badRequest('measures.weightPositive');
	const enrolled = await prisma.enrollment.count({
		where: { groupId: o.access.groupId, memberId: o.memberId, leftAt: null }
	});
	if (enrolled === 0) throw badRequest('measures.memberNotInGroup');
	await assertConsent(prisma, [o.memberId], 'MEASURES');
	return prisma.goalScale.create({
		data: {
			organizationId: o.access.organizationId,
			groupId: o.access.groupId,
			memberId: o.memberId,
			title: o.title,
			weight: o.weight,
			levels: o.levels
		},
		select: { id: true, memberId: true, title: true, weight: true, levels: true }
	});
}
