// Access is checked for as long as access is used: an open live stream (debrief, attendance, plan) delivers
// nothing more once its reader is deactivated, removed from the group or signed out elsewhere.
import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../../src/lib/domain/debrief';
import { createCaller } from '../../src/lib/server/routers';
import { realtime } from '../../src/lib/server/realtime/bus';
import { attendanceChannel } from '../../src/lib/server/services/attendance/attendance-channel';
import { planChannel } from '../../src/lib/server/services/plans/plan-channel';
import { viewerFor } from '../../src/lib/server/trpc/context';
import { onEachDatabase, type TestDatabase } from './support/databases';
import { demoWorld, type Caller } from './support/callers';

type World = Awaited<ReturnType<typeof demoWorld>> & { db: TestDatabase; sessionId: string };

/** The co-leader signed in through a browser session of their own, as the tRPC endpoint builds the caller. */
async function signedInCoLeader(w: World) {
	const { prisma } = w.db;
	const session = await prisma.authSession.create({
		data: {
			id: randomUUID(),
			token: randomUUID(),
			userId: w.users.coleader,
			expiresAt: new Date(Date.now() + 3_600_000)
		}
	});
	const user = await prisma.user.findUniqueOrThrow({ where: { id: w.users.coleader } });
	const viewer = await viewerFor(prisma, user, session.id);
	return { caller: createCaller({ prisma, viewer, locale: 'en' }), authSessionId: session.id };
}

/** A change the lead makes after the revocation: text typed into the debrief, a plan saved, attendance marked. */
const STREAMS = {
	debrief: {
		open: (c: Caller, sessionId: string) => c.debriefs.events({ sessionId, clientId: 'co' }),
		async change(w: World) {
			const doc = new Y.Doc();
			Y.applyUpdate(doc, fromBase64((await w.as.facilitator.debriefs.get({ sessionId: w.sessionId })).state));
			const before = Y.encodeStateVector(doc);
			doc.getText('wentWell').insert(0, 'typed after the revocation');
			const update = toBase64(Y.encodeStateAsUpdate(doc, before));
			await w.as.facilitator.debriefs.update({ sessionId: w.sessionId, clientId: 'lead', update });
		}
	},
	plan: {
		open: (c: Caller, sessionId: string) => c.plans.onChange({ sessionId }),
		async change(w: World) {
			const bus = await realtime();
			await bus.publish(planChannel(w.sessionId), { sessionId: w.sessionId, version: 99, byUserId: 'lead' });
		}
	},
	attendance: {
		open: (c: Caller, sessionId: string) => c.attendance.onChange({ sessionId }),
		async change(w: World) {
			const bus = await realtime();
			await bus.publish(attendanceChannel(w.sessionId), { sessionId: w.sessionId, byUserId: 'lead' });
		}
	}
};

/** Each way of losing access, and how it is undone for the next test. */
const REVOCATIONS = {
	deactivated: {
		code: 'UNAUTHORIZED',
		async revoke(w: World) {
			await w.db.prisma.membership.updateMany({
				where: { userId: w.users.coleader, organizationId: w.organizationId },
				data: { active: false }
			});
			return () =>
				w.db.prisma.membership
					.updateMany({
						where: { userId: w.users.coleader, organizationId: w.organizationId },
						data: { active: true }
					})
					.then(() => undefined);
		}
	},
	'removed from the group': {
		code: 'FORBIDDEN',
		async revoke(w: World) {
			const { version, leaders } = await w.as.facilitator.groups.forEdit({ groupId: w.teen.id });
			const kept = leaders.filter((l) => l.userId !== w.users.coleader);
			const next = await w.as.facilitator.groups.setLeaders({ groupId: w.teen.id, version, leaders: kept });
			return () =>
				w.as.facilitator.groups
					.setLeaders({ groupId: w.teen.id, version: next.version, leaders })
					.then(() => undefined);
		}
	},
	'signed out elsewhere': {
		code: 'UNAUTHORIZED',
		async revoke(w: World, authSessionId: string) {
			await w.db.prisma.authSession.delete({ where: { id: authSessionId } });
			return async () => undefined;
		}
	}
};

/** Opens a stream and starts waiting for its first event (what a browser's EventSource does). */
async function openStream(subscription: Promise<unknown>) {
	const iterator = ((await subscription) as AsyncIterable<unknown>)[Symbol.asyncIterator]();
	const first = iterator.next().then(
		(result) => ({ delivered: result.value as unknown }),
		(error: unknown) => ({ refused: error instanceof TRPCError ? error.code : String(error) })
	);
	await new Promise((resolve) => setTimeout(resolve, 50));
	const timeout = new Promise((resolve) => setTimeout(() => resolve({ nothing: true }), 3000));
	return {
		outcome: () => Promise.race([first, timeout]),
		close: () => iterator.return?.()
	};
}

onEachDatabase(
	'live streams re-check access',
	async (db) => {
		const world = await demoWorld(db.prisma);
		const session = await db.prisma.session.findFirstOrThrow({
			where: { groupId: world.teen.id },
			orderBy: { number: 'desc' }
		});
		return { ...world, sessionId: session.id };
	},
	(get) => {
		for (const [stream, { open, change }] of Object.entries(STREAMS)) {
			it(`delivers ${stream} changes to a reader who keeps access`, async () => {
				const w = get() as World;
				const { caller } = await signedInCoLeader(w);
				const live = await openStream(open(caller, w.sessionId));
				await change(w);
				expect(await live.outcome()).toHaveProperty('delivered');
				await live.close();
			});

			for (const [how, { code, revoke }] of Object.entries(REVOCATIONS))
				it(`ends the ${stream} stream once its reader is ${how}, before delivering the next change`, async () => {
					const w = get() as World;
					const { caller, authSessionId } = await signedInCoLeader(w);
					const live = await openStream(open(caller, w.sessionId));
					const restore = await revoke(w, authSessionId);
					try {
						await change(w);
						expect(await live.outcome()).toEqual({ refused: code });
					} finally {
						await restore();
						await live.close();
					}
				});
		}
	}
);
