import { z } from 'zod';
import { requireMemberAccess } from '../services/access/require-member-access';
import { requireGroupAccess, requireSessionAccess } from '../services/access/require-group-access';
import { authedProcedure, idSchema } from './init';

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
