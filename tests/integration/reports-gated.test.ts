// reports.memberProgress checks access, reads and writes its audit row in one statement; reports.outcomes checks
// access in its one statement too (the change figures come from the summaries). These tests hold the statements to
// what the separate access check and the separate audit write guaranteed.
import { expect, it } from 'vitest';
import type { PrismaClient } from '../../src/lib/server/db/generated/client';
import { AccessGate } from '../../src/lib/server/trpc/procedures';
import { getGroupOutcomes } from '../../src/lib/server/services/reports/get-group-outcomes';
import { viewerFor } from '../../src/lib/server/trpc/context';
import { onEachDatabase } from './support/databases';
import { callerFor, demoWorld } from './support/callers';
import { codeOf } from './support/code-of';

onEachDatabase(
	'reports read in one statement',
	async (db) => {
		const world = await demoWorld(db.prisma);
		// A member of one group only (M-001 is in both).
		const onlyIn = (groupId: string, otherId: string) =>
			db.prisma.enrollment.findFirstOrThrow({
				where: { groupId, member: { enrollments: { none: { groupId: otherId } } } },
				orderBy: { memberId: 'asc' }
			});
		return {
			...world,
			teenMember: (await onlyIn(world.teen.id, world.elder.id)).memberId,
			elderMember: (await onlyIn(world.elder.id, world.teen.id)).memberId
		};
	},
	(world) => {
		const progressReads = (memberId: string) =>
			world().db.prisma.auditLog.findMany({
				where: { entity: 'MemberProgress', memberId },
				select: { organizationId: true, userId: true, action: true, groupId: true, memberId: true }
			});

		it('audits a member’s progress once for an allowed read, and never for a refused or unknown one', async () => {
			const { as, users, organizationId, teen, elder, teenMember, elderMember } = world();
			const teenBefore = await progressReads(teenMember);
			const elderBefore = await progressReads(elderMember);

			// Refused: a facilitator of another group, another organization's admin, a member not in this group.
			expect(
				await codeOf(as.facilitator.reports.memberProgress({ groupId: elder.id, memberId: elderMember }))
			).toBe('FORBIDDEN');
			expect(
				await codeOf(as.otherAdmin.reports.memberProgress({ groupId: teen.id, memberId: teenMember }))
			).toBe('NOT_FOUND');
			expect(
				await codeOf(as.supervisor.reports.memberProgress({ groupId: teen.id, memberId: elderMember }))
			).toBe('NOT_FOUND');
			expect(await progressReads(teenMember)).toHaveLength(teenBefore.length);
			expect(await progressReads(elderMember)).toHaveLength(elderBefore.length);

			const progress = await as.facilitator.reports.memberProgress({
				groupId: teen.id,
				memberId: teenMember
			});
			expect(progress.member.id).toBe(teenMember);
			const after = await progressReads(teenMember);
			expect(after).toHaveLength(teenBefore.length + 1);
			expect(after).toContainEqual({
				organizationId,
				userId: users.facilitator,
				action: 'READ',
				groupId: teen.id,
				memberId: teenMember
			});
		});

		it('refuses a refused caller before telling it that the member id is malformed', async () => {
			const { as, elder } = world();
			const bad = { groupId: elder.id, memberId: 42 } as unknown as { groupId: string; memberId: string };
			expect(await codeOf(as.facilitator.reports.memberProgress(bad))).toBe('FORBIDDEN');
			expect(await codeOf(as.coleader.reports.memberProgress(bad))).toBe('BAD_REQUEST');
		});

		it('reads a group’s outcomes, change and GAS figures included, in one statement', async () => {
			const { db, users, teen } = world();
			let queries = 0;
			const counting = db.prisma.$extends({
				query: {
					async $allOperations({ args, query }) {
						queries++;
						return query(args);
					}
				}
			}) as unknown as PrismaClient;
			const supervisor = await callerFor(counting, users.supervisor);
			queries = 0;
			const o = await supervisor.reports.outcomes({ groupId: teen.id });
			expect(o.measures.length).toBeGreaterThan(0);
			expect(o.gas.goals).toBeGreaterThan(0);
			expect(queries).toBe(1);
		});

		it('reads the same outcomes for the archive’s closing report (a gate made outside the router) as for the page', async () => {
			const { as, db, users, teen } = world();
			for (const [caller, userId] of [
				[as.facilitator, users.facilitator],
				[as.supervisor, users.supervisor]
			] as const) {
				const user = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
				const gate = new AccessGate((await viewerFor(db.prisma, user))!, 'read');
				expect(await getGroupOutcomes(db.prisma, gate, teen.id)).toEqual(
					await caller.reports.outcomes({ groupId: teen.id })
				);
			}
		});
	}
);
