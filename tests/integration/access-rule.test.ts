// The group access rule is written once (`groupAccessVerdict`); its SQL form and its Prisma scope are generated
// from it. This suite pins the three together: for every viewer role × leadership (lead, co-leader, none) × group
// status × mode, the request decision, the SQL condition and the Prisma scope agree, on both databases.
import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import type { PrismaClient } from '../../src/lib/server/db/generated/client';
import type { GroupStatus, LeaderRole } from '../../src/lib/server/db/generated/enums';
import {
	GROUP_ACCESS_MODES,
	GROUP_STATUSES,
	LEADER_KINDS,
	ORG_ROLES,
	groupAccessVerdict
} from '../../src/lib/server/services/access/group-access-rule';
import { groupScope } from '../../src/lib/server/services/access/group-scope';
import {
	groupAccessSql,
	requireGroupAccess
} from '../../src/lib/server/services/access/require-group-access';
import { viewerFor, type Viewer } from '../../src/lib/server/trpc/context';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';
import { AppError } from '../../src/lib/server/errors';

interface Probe {
	id: string;
	leader: LeaderRole | null;
	status: GroupStatus;
}

/** One group per leadership × status, led (or not) by the demo facilitator. */
async function ruleWorld(prisma: PrismaClient) {
	const world = await demoWorld(prisma);
	const user = await prisma.user.findUniqueOrThrow({ where: { id: world.users.facilitator } });
	const viewer = (await viewerFor(prisma, user))!;
	const probes: Probe[] = [];
	for (const leader of LEADER_KINDS)
		for (const status of GROUP_STATUSES) {
			const group = await prisma.group.create({
				data: {
					organizationId: world.organizationId,
					name: `rule ${leader ?? 'none'} ${status}`,
					theme: 'TEEN_EMOTION',
					status,
					plannedSessionCount: 1,
					goals: [],
					...(leader
						? {
								leaders: {
									create: { userId: viewer.userId, role: leader, organizationId: world.organizationId }
								}
							}
						: {})
				}
			});
			probes.push({ id: group.id, leader, status });
		}
	return { viewer, probes, otherOrganizationId: world.otherOrganizationId };
}

async function decision(
	prisma: PrismaClient,
	viewer: Viewer,
	groupId: string,
	mode: 'read' | 'write' | 'leaders'
) {
	try {
		await requireGroupAccess(prisma, viewer, groupId, mode);
		return 'allowed';
	} catch (error) {
		if ((error instanceof TRPCError || error instanceof AppError) && error.code === 'FORBIDDEN')
			return error.message === 'errors.groupClosed' ? 'closed' : 'forbidden';
		throw error;
	}
}

onEachDatabase(
	'the group access rule, once',
	(db) => ruleWorld(db.prisma),
	(world) => {
		it('decides the same in TypeScript, in its SQL form and in its Prisma scope, for every kind of caller', async () => {
			const { db, viewer: facilitator, probes } = world();
			const ids = probes.map((p) => p.id);
			const rows: string[] = [];
			for (const role of ORG_ROLES)
				for (const mode of GROUP_ACCESS_MODES) {
					const viewer = { ...facilitator, role };
					const sql = groupAccessSql(viewer, mode);
					const sqlRows = await db.prisma.$queryRaw<{ groupId: string; allowed: boolean }[]>`
					SELECT g.id AS "groupId", ${sql.allowed} AS allowed FROM ${sql.from}
					WHERE ${sql.where} AND g.id = ANY(${ids})`;
					const sqlAllowed = new Map(sqlRows.map((r) => [r.groupId, r.allowed]));
					const scoped = await db.prisma.group.findMany({
						where: { AND: [groupScope(viewer, mode), { id: { in: ids } }] },
						select: { id: true }
					});
					const inScope = new Set(scoped.map((g) => g.id));
					for (const probe of probes) {
						const rule = groupAccessVerdict(role, probe.leader, probe.status, mode);
						const ts = await decision(db.prisma, viewer, probe.id, mode);
						const label = `${role} ${probe.leader ?? 'none'} ${probe.status} ${mode}`;
						rows.push(
							`${label}: rule=${rule} ts=${ts} sql=${sqlAllowed.get(probe.id)} scope=${inScope.has(probe.id)}`
						);
						expect(ts, label).toBe(rule);
						expect(sqlAllowed.get(probe.id), label).toBe(rule === 'allowed');
						expect(inScope.has(probe.id), label).toBe(rule === 'allowed');
					}
				}
			expect(rows).toHaveLength(ORG_ROLES.length * GROUP_ACCESS_MODES.length * probes.length);
		});

		it('states the rule: leaders and supervisors read, leaders and admins write, the lead changes leaders', () => {
			const allowed = (mode: 'read' | 'write' | 'leaders', status: GroupStatus = 'RUNNING') =>
				ORG_ROLES.flatMap((role) =>
					LEADER_KINDS.filter((l) => groupAccessVerdict(role, l, status, mode) === 'allowed').map(
						(l) => `${role}:${l ?? 'none'}`
					)
				);
			expect(allowed('read')).toEqual([
				'ADMIN:LEAD',
				'ADMIN:CO_LEADER',
				'ADMIN:none',
				'SUPERVISOR:LEAD',
				'SUPERVISOR:CO_LEADER',
				'SUPERVISOR:none',
				'FACILITATOR:LEAD',
				'FACILITATOR:CO_LEADER'
			]);
			expect(allowed('write')).toEqual([
				'ADMIN:LEAD',
				'ADMIN:CO_LEADER',
				'ADMIN:none',
				'SUPERVISOR:LEAD',
				'SUPERVISOR:CO_LEADER',
				'FACILITATOR:LEAD',
				'FACILITATOR:CO_LEADER'
			]);
			expect(allowed('leaders')).toEqual([
				'ADMIN:LEAD',
				'ADMIN:CO_LEADER',
				'ADMIN:none',
				'SUPERVISOR:LEAD',
				'SUPERVISOR:CO_LEADER',
				'SUPERVISOR:none',
				'FACILITATOR:LEAD'
			]);
			expect(allowed('write', 'CLOSED')).toEqual([]);
			expect(allowed('read', 'CLOSED')).toEqual(allowed('read'));
		});

		it('finds nothing of another organization in any form', async () => {
			const { db, viewer, probes, otherOrganizationId } = world();
			const outsider = { ...viewer, role: 'ADMIN' as const, organizationId: otherOrganizationId };
			const ids = probes.map((p) => p.id);
			const sql = groupAccessSql(outsider, 'read');
			const sqlRows = await db.prisma.$queryRaw<unknown[]>`
			SELECT g.id FROM ${sql.from} WHERE ${sql.where} AND g.id = ANY(${ids})`;
			expect(sqlRows).toEqual([]);
			expect(
				await db.prisma.group.count({ where: { AND: [groupScope(outsider), { id: { in: ids } }] } })
			).toBe(0);
			await expect(requireGroupAccess(db.prisma, outsider, ids[0], 'read')).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
		});
	}
);
