import { randomUUID } from 'node:crypto';
import type { PlanItemInput } from '../../../src/lib/domain/plan';
import type { TestDatabase } from './databases';
import { demoWorld } from './callers';

/** A new plan step of this kind and length, with a fresh id as the planner gives it. */
export const block = (kind: PlanItemInput['kind'], minutes: number, notes = ''): PlanItemInput => ({
	id: randomUUID(),
	kind,
	activityId: null,
	title: kind === 'FREE_TEXT' ? 'Free text' : '',
	minutes,
	notes
});

/** The demo world with the teen group's sessions in order, one elder session, and a built-in activity. */
export async function planWorld(db: TestDatabase) {
	const world = await demoWorld(db.prisma);
	const sessions = await db.prisma.session.findMany({
		where: { groupId: world.teen.id },
		orderBy: { number: 'asc' },
		select: { id: true }
	});
	const elderSession = await db.prisma.session.findFirstOrThrow({
		where: { groupId: world.elder.id },
		select: { id: true }
	});
	const nameChain = await db.prisma.activity.findFirstOrThrow({ where: { key: 'name-chain' } });
	return { ...world, teenSessions: sessions.map((s) => s.id), elderSession: elderSession.id, nameChain };
}
