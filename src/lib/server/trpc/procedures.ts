import { z } from 'zod';
import { requireGroupAccess, requireSessionAccess } from '../services/access/require-group-access';
import { authedProcedure, idSchema } from './init';

/** Leads this group, or supervises (supervisors and admins of the organization): may read. */
export const groupReadProcedure = authedProcedure
	.input(z.object({ groupId: idSchema }))
	.use(async ({ ctx, input, next }) =>
		next({ ctx: { access: await requireGroupAccess(ctx.prisma, ctx.viewer, input.groupId, 'read') } })
	);

/** Leads this group (or is an admin): may change it. */
export const groupWriteProcedure = authedProcedure
	.input(z.object({ groupId: idSchema }))
	.use(async ({ ctx, input, next }) =>
		next({ ctx: { access: await requireGroupAccess(ctx.prisma, ctx.viewer, input.groupId, 'write') } })
	);

export const sessionReadProcedure = authedProcedure
	.input(z.object({ sessionId: idSchema }))
	.use(async ({ ctx, input, next }) =>
		next({ ctx: { access: await requireSessionAccess(ctx.prisma, ctx.viewer, input.sessionId, 'read') } })
	);

export const sessionWriteProcedure = authedProcedure
	.input(z.object({ sessionId: idSchema }))
	.use(async ({ ctx, input, next }) =>
		next({ ctx: { access: await requireSessionAccess(ctx.prisma, ctx.viewer, input.sessionId, 'write') } })
	);
