// The gated builders let a hot read check access inside its own statement. These tests build small procedures
// on them to check what the builders promise whatever the handler does: a refused caller always gets its
// refusal, and a handler that answers without deciding access is an error, never an answer.
import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { createCallerFactory, router } from '../../src/lib/server/trpc/init';
import { groupReadGatedProcedure, sessionWriteGatedProcedure } from '../../src/lib/server/trpc/procedures';
import {
	groupAccessSql,
	type GroupAccessColumns
} from '../../src/lib/server/services/access/require-group-access';
import { viewerFor } from '../../src/lib/server/trpc/context';
import { onEachDatabase } from './support/databases';
import { demoWorld } from './support/callers';

const probe = router({
	/** Decides from its own statement, as the real gated reads do. */
	decides: groupReadGatedProcedure.query(async ({ ctx, input }) => {
		const access = groupAccessSql(ctx.gate.viewer, ctx.gate.mode);
		const [row] = await ctx.prisma.$queryRaw<(GroupAccessColumns & { name: string })[]>`
			SELECT ${access.columns}, g.name FROM ${access.from} WHERE g.id = ${input.groupId} AND ${access.where}`;
		const decided = ctx.gate.decide(row);
		return { name: row.name, isLeader: decided.isLeader };
	}),
	/** Forgets to decide. */
	forgets: groupReadGatedProcedure.query(() => ({ secret: 'data' })),
	/** Needs more input after the ids. */
	needsMore: groupReadGatedProcedure.input(z.object({ count: z.number().int() })).query(({ ctx }) => {
		ctx.gate.decide(null);
		return 'unreachable';
	}),
	/** Writes are gated the same way: the closed-group rule comes with the write mode. */
	writes: sessionWriteGatedProcedure.mutation(async ({ ctx, input }) => {
		const access = groupAccessSql(ctx.gate.viewer, ctx.gate.mode);
		const [row] = await ctx.prisma.$queryRaw<GroupAccessColumns[]>`
			SELECT ${access.columns} FROM "Session" s JOIN ${access.from} ON g.id = s."groupId"
			WHERE s.id = ${input.sessionId} AND ${access.where}`;
		return ctx.gate.decide(row).leaderRole;
	})
});
const createProbe = createCallerFactory(probe);

async function outcome(promise: Promise<unknown>) {
	try {
		return { ok: await promise };
	} catch (error) {
		return error instanceof TRPCError
			? { code: error.code, message: error.message }
			: { thrown: String(error) };
	}
}

onEachDatabase(
	'access gate',
	(db) => demoWorld(db.prisma),
	(world) => {
		const probeAs = async (userId: string | null) => {
			const { db } = world();
			const user = userId ? await db.prisma.user.findUniqueOrThrow({ where: { id: userId } }) : null;
			return createProbe({
				prisma: db.prisma,
				viewer: user ? await viewerFor(db.prisma, user) : null,
				locale: 'en'
			});
		};

		it('answers a caller the rule lets in, and refuses the others with the usual codes', async () => {
			const w = world();
			const teen = { groupId: w.teen.id };
			expect(await outcome((await probeAs(w.users.facilitator)).decides(teen))).toEqual({
				ok: { name: w.teen.name, isLeader: true }
			});
			expect(await outcome((await probeAs(w.users.supervisor)).decides(teen))).toEqual({
				ok: { name: w.teen.name, isLeader: false }
			});
			expect(
				await outcome((await probeAs(w.users.facilitator)).decides({ groupId: w.elder.id }))
			).toMatchObject({
				code: 'FORBIDDEN'
			});
			expect(await outcome((await probeAs(w.otherAdminId)).decides(teen))).toMatchObject({
				code: 'NOT_FOUND'
			});
			expect(
				await outcome((await probeAs(w.users.admin)).decides({ groupId: 'no-such-group' }))
			).toMatchObject({
				code: 'NOT_FOUND'
			});
			expect(await outcome((await probeAs(null)).decides(teen))).toMatchObject({ code: 'UNAUTHORIZED' });
		});

		it('never answers for a handler that did not decide, and still refuses whom the rule refuses', async () => {
			const w = world();
			const teen = { groupId: w.teen.id };
			expect(await outcome((await probeAs(w.users.facilitator)).forgets(teen))).toMatchObject({
				code: 'INTERNAL_SERVER_ERROR'
			});
			expect(
				await outcome((await probeAs(w.users.facilitator)).forgets({ groupId: w.elder.id }))
			).toMatchObject({
				code: 'FORBIDDEN'
			});
			expect(await outcome((await probeAs(w.otherAdminId)).forgets(teen))).toMatchObject({
				code: 'NOT_FOUND'
			});
		});

		it('refuses before telling a refused caller that the rest of its input is wrong', async () => {
			const w = world();
			const bad = { groupId: w.elder.id, count: 'many' } as unknown as { groupId: string; count: number };
			expect(await outcome((await probeAs(w.users.facilitator)).needsMore(bad))).toMatchObject({
				code: 'FORBIDDEN'
			});
			expect(await outcome((await probeAs(w.users.coleader)).needsMore(bad))).toMatchObject({
				code: 'BAD_REQUEST'
			});
		});

		it('refuses a write to a closed group in write mode', async () => {
			const w = world();
			const { db } = w;
			const session = await db.prisma.session.findFirstOrThrow({ where: { groupId: w.teen.id } });
			const lead = await probeAs(w.users.facilitator);
			expect(await outcome(lead.writes({ sessionId: session.id }))).toEqual({ ok: 'LEAD' });
			expect(
				await outcome((await probeAs(w.users.supervisor)).writes({ sessionId: session.id }))
			).toMatchObject({
				code: 'FORBIDDEN'
			});
			await db.prisma.group.update({ where: { id: w.teen.id }, data: { status: 'CLOSED' } });
			try {
				expect(await outcome(lead.writes({ sessionId: session.id }))).toEqual({
					code: 'FORBIDDEN',
					message: 'errors.groupClosed'
				});
			} finally {
				await db.prisma.group.update({ where: { id: w.teen.id }, data: { status: w.teen.status } });
			}
		});
	}
);
