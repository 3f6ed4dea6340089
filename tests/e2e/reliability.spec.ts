// Reliability of the built server: killed with SIGKILL in the middle of a stream of attendance writes (on
// PGlite and on PostgreSQL), it restarts cleanly and every write it acknowledged is there; two instances on one
// PostgreSQL pass a plan change to a subscriber connected to the other, live (LISTEN/NOTIFY through SSE).
// Each server gets a free port: a port held by another process is never mistaken for one of ours.
// e2e: own servers
import { expect, test } from '@playwright/test';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import {
	freePort,
	signInCookie,
	startServer,
	tempDataDir,
	trpc,
	type ServerProcess
} from './support/server-process';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const FACILITATOR = 'facilitator@demo.org';
const PASSWORD = 'demo12345';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

async function adminQuery(sql: string) {
	const client = new pg.Client({ connectionString: ADMIN_URL });
	await client.connect();
	try {
		await client.query(sql);
	} finally {
		await client.end();
	}
}

interface Pair {
	sessionId: string;
	memberId: string;
}

/** Every (session, member) of the facilitator's teen group: each write of the stream goes to a new pair. */
async function teenPairs(url: string, cookie: string) {
	const dashboard = await trpc(url, cookie, 'dashboard.get', undefined, 'query');
	const groupId = (dashboard.data as { groups: { id: string }[] }).groups[0].id;
	const group = (await trpc(url, cookie, 'groups.get', { groupId }, 'query')).data as {
		sessions: { id: string }[];
		enrollments: { member: { id: string }; leftAt: string | null }[];
	};
	const members = group.enrollments.filter((e) => !e.leftAt).map((e) => e.member.id);
	return group.sessions.flatMap((s) => members.map((memberId) => ({ sessionId: s.id, memberId })));
}

/**
 * Writes attendance with four concurrent writers until `stopAfter` writes are acknowledged, then kills the
 * server with SIGKILL while writes are still in flight. Answers the acknowledged writes.
 */
async function writeThenKill(server: ServerProcess, cookie: string, pairs: Pair[], stopAfter: number) {
	const acknowledged: Pair[] = [];
	let next = 0;
	let killed = false;
	const writer = async () => {
		while (!killed && next < pairs.length) {
			const pair = pairs[next++];
			try {
				const answer = await trpc(
					server.url,
					cookie,
					'attendance.mark',
					{
						sessionId: pair.sessionId,
						changes: [{ key: randomUUID(), memberId: pair.memberId, status: 'LEFT_EARLY' }]
					},
					'mutation'
				);
				if (answer.status === 200) acknowledged.push(pair);
				else if (!killed)
					throw new Error(`write refused: HTTP ${answer.status} ${JSON.stringify(answer.error)}`);
			} catch (error) {
				if (!killed) throw error;
			}
			if (!killed && acknowledged.length >= stopAfter) {
				killed = true;
				server.child.kill('SIGKILL');
			}
		}
	};
	await Promise.all([writer(), writer(), writer(), writer()]);
	await server.exited;
	expect(server.child.signalCode).toBe('SIGKILL');
	return acknowledged;
}

async function expectAcknowledgedWrites(url: string, cookie: string, acknowledged: Pair[]) {
	const sessions = [...new Set(acknowledged.map((p) => p.sessionId))];
	for (const sessionId of sessions) {
		const run = await trpc(url, cookie, 'sessions.run', { sessionId }, 'query');
		expect(run.status, JSON.stringify(run.error)).toBe(200);
		const statuses = new Map(
			(run.data as { attendance: { memberId: string; status: string }[] }).attendance.map((a) => [
				a.memberId,
				a.status
			])
		);
		for (const pair of acknowledged.filter((p) => p.sessionId === sessionId))
			expect(statuses.get(pair.memberId), `${sessionId} ${pair.memberId}`).toBe('LEFT_EARLY');
	}
}

async function killDuringWrites(
	start: () => Promise<ServerProcess>,
	afterRestart?: (restarted: ServerProcess, cookie: string) => Promise<void>
) {
	const first = await start();
	let cookie = await signInCookie(first.url, FACILITATOR, PASSWORD);
	const pairs = await teenPairs(first.url, cookie);
	expect(pairs.length).toBeGreaterThan(40);
	const acknowledged = await writeThenKill(first, cookie, pairs, 25);
	expect(acknowledged.length).toBeGreaterThanOrEqual(25);

	const restarted = await start();
	try {
		// The session survives the restart (it is in the database); sign in again anyway if it did not.
		const probe = await trpc(restarted.url, cookie, 'dashboard.get', undefined, 'query');
		if (probe.status !== 200) cookie = await signInCookie(restarted.url, FACILITATOR, PASSWORD);
		await expectAcknowledgedWrites(restarted.url, cookie, acknowledged);
		// And it keeps taking writes.
		const pair = pairs[pairs.length - 1];
		const again = await trpc(
			restarted.url,
			cookie,
			'attendance.mark',
			{
				sessionId: pair.sessionId,
				changes: [{ key: randomUUID(), memberId: pair.memberId, status: 'PRESENT' }]
			},
			'mutation'
		);
		expect(again.status).toBe(200);
		await afterRestart?.(restarted, cookie);
	} finally {
		await restarted.kill();
	}
}

test('a server is never confused with another process that holds its port', async () => {
	// A stranger that serves a sign-in page and refuses everything else, as another app would.
	const stranger = http.createServer((request, response) => {
		response.statusCode = request.url === '/sign-in' ? 200 : 403;
		response.end('not this app');
	});
	await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve));
	const { port } = stranger.address() as AddressInfo;
	const dataDir = tempDataDir();
	try {
		await expect(startServer({ port, dataDir })).rejects.toThrow(/exited while starting/);
		expect(await freePort()).not.toBe(port);
	} finally {
		stranger.close();
		fs.rmSync(dataDir, { recursive: true, force: true });
	}
});

test('PGlite: a server killed during attendance writes restarts with every acknowledged write', async () => {
	const dataDir = tempDataDir();
	try {
		await killDuringWrites(() => startServer({ dataDir }));
	} finally {
		fs.rmSync(dataDir, { recursive: true, force: true });
	}
});

test.describe('PostgreSQL', () => {
	const name = `gw_e2e_rel_${randomBytes(5).toString('hex')}`;
	const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
	test.beforeAll(async () => adminQuery(`CREATE DATABASE ${name}`));
	test.afterAll(async () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

	test('killed during attendance writes, it restarts with every acknowledged write; then, with a second instance, a plan saved through one reaches a subscriber of the other live', async () => {
		await killDuringWrites(
			() => startServer({ databaseUrl }),
			(restarted, cookie) => twoInstances(restarted, cookie, databaseUrl)
		);
	});
});

async function twoInstances(a: ServerProcess, cookieA: string, databaseUrl: string) {
	const b = await startServer({ databaseUrl });
	const abort = new AbortController();
	try {
		const cookieB = await signInCookie(b.url, FACILITATOR, PASSWORD);
		const [{ sessionId }] = await teenPairs(a.url, cookieA);
		const plan = (await trpc(a.url, cookieA, 'plans.get', { sessionId }, 'query')).data as {
			session: { version: number };
			items: unknown[];
		};
		expect(plan.items.length).toBeGreaterThan(1);

		// Subscribe on B through SSE, as the browser's httpSubscriptionLink does.
		const input = encodeURIComponent(JSON.stringify({ json: { sessionId } }));
		const stream = await fetch(`${b.url}/api/trpc/plans.onChange?input=${input}`, {
			headers: { cookie: cookieB, accept: 'text/event-stream' },
			signal: abort.signal
		});
		expect(stream.status).toBe(200);
		const reader = stream.body!.getReader();
		let received = '';
		const readUntil = async (pattern: RegExp, ms: number) => {
			const deadline = Date.now() + ms;
			while (!pattern.test(received) && Date.now() < deadline) {
				const chunk = await Promise.race([
					reader.read(),
					new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now()))
				]);
				if (!chunk || chunk.done) break;
				received += new TextDecoder().decode(chunk.value);
			}
			return pattern.test(received);
		};
		// The stream is open once tRPC has sent its first event (connected).
		await readUntil(/connected|data:/, 5_000);

		const items = [...plan.items.slice(1), plan.items[0]];
		const saved = await trpc(
			a.url,
			cookieA,
			'plans.save',
			{ sessionId, baseVersion: plan.session.version, baseItems: plan.items, items },
			'mutation'
		);
		expect(saved.status, JSON.stringify(saved.error)).toBe(200);
		const version = (saved.data as { version: number }).version;
		expect(version).toBe(plan.session.version + 1);
		expect(await readUntil(new RegExp(`"version":${version}\\b`), 10_000), received).toBe(true);
	} finally {
		abort.abort();
		await b.kill();
	}
}
