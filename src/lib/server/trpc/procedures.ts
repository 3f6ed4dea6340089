import { z } from 'zod';
import { requireMemberAccess } from '../services/access/require-member-access';
import { requireGroupAccess, requireSessionAccess } from '../services/access/require-group-access';
import { AccessGate } from '../services/access/access-gate';
import { authedProcedure, idSchema } from './init';
import { forbidden } from '../errors';

export { AccessGate };

// Each builder checks access BEFORE any input added later is parsed, so a caller without access learns nothing
// about the rest of the input, and the security suite can probe every procedure with the ids alone.

/** Leads this group, or supervises (supervisors and admins of the organization): may read. */
export const groupReadProcedure = authedProcedure
	.meta({ access: { kind: 'group', mode: 'read' } })
	.input(z.object({ groupId: idSchema }))
	.use(async ({ ctx, input, next }) =>
		next({ ctx: { access: await requireGroupAccess(ctx.prisma, ctx.viewer, input.groupId, 'read') } })
	);

/** Leads this group (or is an admin): may change it. */
export const groupWriteProcedure = authedProcedure
	.meta({ access: { kind: 'group', mode: 'write' } })
	.input(z.object({ groupId: idSchema }))
	.use(async ({ ctx, input, next }) =>
		next({ ctx: { access: await requireGroupAccess(ctx.prisma, ctx.viewer, input.groupId, 'write') } })
	);

/**
 * Leads this group (or is an admin), also once the group is closed: for what adds to its records without changing
 * them (a request for review, an addendum to a signed-off record). Supervisors read and sign off, but do not write.
 */
export const groupRecordProcedure = authedProcedure
	.meta({ access: { kind: 'group', mode: 'write' } })
	.input(z.object({ groupId: idSchema }))
	.use(async ({ ctx, input, next }) => {
		const access = await requireGroupAccess(ctx.prisma, ctx.viewer, input.groupId, 'read');
		if (!access.isLeader && ctx.viewer.role !== 'ADMIN') throw forbidden();
		return next({ ctx: { access } });
	});

/** Changes who leads this group: its lead, and the organization's supervisors and admins (not a co-leader). */
export const groupLeadersProcedure = authedProcedure
	.meta({ access: { kind: 'group', mode: 'leaders' } })
	.input(z.object({ groupId: idSchema }))
	.use(async ({ ctx, input, next }) =>
		next({ ctx: { access: await requireGroupAccess(ctx.prisma, ctx.viewer, input.groupId, 'leaders') } })
	);

export const sessionReadProcedure = authedProcedure
	.meta({ access: { kind: 'session', mode: 'read' } })
	.input(z.object({ sessionId: idSchema }))
	.use(async ({ ctx, input, next }) =>
		next({ ctx: { access: await requireSessionAccess(ctx.prisma, ctx.viewer, input.sessionId, 'read') } })
	);

export const sessionWriteProcedure = authedProcedure
	.meta({ access: { kind: 'session', mode: 'write' } })
	.input(z.object({ sessionId: idSchema }))
	.use(async ({ ctx, input, next }) =>
		next({ ctx: { access: await requireSessionAccess(ctx.prisma, ctx.viewer, input.sessionId, 'write') } })
	);

/** A member's record: leaders of a group the member joined, supervisors and admins may read. */
export const memberReadProcedure = authedProcedure
	.meta({ access: { kind: 'member', mode: 'read' } })
	.input(z.object({ memberId: idSchema }))
	.use(async ({ ctx, input, next }) =>
		next({ ctx: { memberAccess: await requireMemberAccess(ctx.prisma, ctx.viewer, input.memberId, 'read') } })
	);

/** Changing a member's record: leaders of a group the member joined, and admins. */
export const memberWriteProcedure = authedProcedure
	.meta({ access: { kind: 'member', mode: 'write' } })
	.input(z.object({ memberId: idSchema }))
	.use(async ({ ctx, input, next }) =>
		next({
			ctx: { memberAccess: await requireMemberAccess(ctx.prisma, ctx.viewer, input.memberId, 'write') }
		})
	);

/**
 * After a gated handler: if it ended without deciding (the input after the ids was bad, or it failed before its
 * statement), the usual check runs now, so a refused caller always gets its refusal, as with the builders above.
 * A handler that answers without having decided is a server error, never an answer.
 */
async function settle<R extends { ok: boolean }>(result: R, gate: AccessGate, check: () => Promise<unknown>) {
	if (gate.settled) return result;
	await check();
	if (result.ok) throw new Error('a gated procedure answered without deciding access');
	return result;
}

// Gated builders, for the reads people wait on most: the handler's one statement checks access and reads, instead
// of an access query followed by the read. Same access rules and meta as the builders above.

export const groupReadGatedProcedure = authedProcedure
	.meta({ access: { kind: 'group', mode: 'read' } })
	.input(z.object({ groupId: idSchema }))
	.use(async ({ ctx, input, next }) => {
		const gate = new AccessGate(ctx.viewer, 'read');
		const result = await next({ ctx: { gate } });
		return settle(result, gate, () => requireGroupAccess(ctx.prisma, ctx.viewer, input.groupId, 'read'));
	});

export const sessionReadGatedProcedure = authedProcedure
	.meta({ access: { kind: 'session', mode: 'read' } })
	.input(z.object({ sessionId: idSchema }))
	.use(async ({ ctx, input, next }) => {
		const gate = new AccessGate(ctx.viewer, 'read');
		const result = await next({ ctx: { gate } });
		return settle(result, gate, () => requireSessionAccess(ctx.prisma, ctx.viewer, input.sessionId, 'read'));
	});

export const sessionWriteGatedProcedure = authedProcedure
	.meta({ access: { kind: 'session', mode: 'write' } })
	.input(z.object({ sessionId: idSchema }))
	.use(async ({ ctx, input, next }) => {
		const gate = new AccessGate(ctx.viewer, 'write');
		const result = await next({ ctx: { gate } });
		return settle(result, gate, () => requireSessionAccess(ctx.prisma, ctx.viewer, input.sessionId, 'write'));
	});
