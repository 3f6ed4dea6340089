// npx tsx bench/load.ts [--seconds 60] [--connections 20] [--db postgres|pglite] [--scale 1] [--port 4300] [--out FILE]
//   [--workers 1] (server processes, WORKERS)  [--profile DIR]  (the server writes a CPU profile into DIR when it stops: open it in Chrome's DevTools)
// Starts the built server (`npm run build` first) on a bench database, signs in five facilitators through the
// sign-in form, then for --seconds drives them reading dashboards (GET /) and saving attendance (tRPC POST
// attendance.mark, a fresh idempotency key per request) at the same time, on loopback. Reports throughput and
// p99 per scenario against issue #18's targets (met/missed: at least 150/s, p99 under 250 ms), the server's CPU
// time per request (a figure that the other processes on a shared machine disturb far less than throughput), and
// fails when any response is not a 2xx. Writes bench/load-results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import { migrationsDir } from '../src/lib/server/db/config';
import { openDatabase } from '../src/lib/server/db/client';
import { applyMigrations } from '../src/lib/server/db/migrate';
import { seedLibrary } from '../src/lib/server/db/seed';
import { BENCH_PASSWORD, seedLargeOrganization } from './lib/large-org';
import { formatFiles, writeReadme } from './lib/report';
import { signInCookie, startServer, trpc } from '../tests/e2e/support/server-process';

interface AutocannonResult {
	requests: { total: number; average: number };
	latency: { p50: number; p99: number };
	non2xx: number;
	errors: number;
	timeouts: number;
	statusCodeStats?: Record<string, { count: number }>;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function argument(name: string, fallback: string) {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}
const seconds = Number(argument('seconds', '60'));
const connections = Number(argument('connections', '20'));
const dbKind = argument('db', 'postgres');
const scale = Number(argument('scale', '1'));
const port = Number(argument('port', '4300'));
const profileDir = argument('profile', '');
const workers = argument('workers', '1');
const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

// E2E_BUILD_DIR: another build directory than build/ (the server helper reads it too).
if (!fs.existsSync(path.resolve(process.env.E2E_BUILD_DIR ?? 'build', 'index.js'))) {
	console.error('no build: run `npm run build` first');
	process.exit(2);
}

// A fresh bench database.
// BENCH_DB_PREFIX keeps two runs on one server apart (default gw_bench).
const name = `${(process.env.BENCH_DB_PREFIX ?? 'gw_bench').replace(/[^a-z0-9_]/g, '')}_load`;
let databaseUrl = '';
let dataDir = '';
if (dbKind === 'postgres') {
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	databaseUrl = adminUrl.replace(/\/[^/]*$/, `/${name}`);
} else {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-load-'));
}
const db = await openDatabase(
	dbKind === 'postgres'
		? { kind: 'postgres', url: databaseUrl }
		: { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') }
);
await applyMigrations(db.adapterFactory, migrationsDir());
await seedLibrary(db.prisma);
const org = await seedLargeOrganization(db.prisma, scale);
await db.close();
console.log(`seeded scale ${scale} (${org.counts.groups} groups) on ${dbKind}`);

const server = await startServer({
	port,
	databaseUrl,
	dataDir,
	env: {
		SIGN_IN_RATE_LIMIT: '1000',
		...(profileDir ? { BENCH_CPU_PROFILE_DIR: path.resolve(profileDir) } : {})
	},
	nodeArgs: profileDir ? ['--import', path.join(import.meta.dirname, 'lib/cpu-profile.mjs')] : []
});
const users: { cookie: string; sessionId: string; memberIds: string[] }[] = [];
for (const email of org.signIn.facilitators) {
	const cookie = await signInCookie(server.url, email, BENCH_PASSWORD);
	const dashboard = (await trpc(server.url, cookie, 'dashboard.get', undefined, 'query')).data as {
		groups: { id: string; nextSession: { id: string } | null }[];
	};
	const group = dashboard.groups.find((g) => g.nextSession) ?? dashboard.groups[0];
	const overview = (await trpc(server.url, cookie, 'groups.get', { groupId: group.id }, 'query')).data as {
		sessions: { id: string }[];
		enrollments: { member: { id: string } }[];
	};
	users.push({
		cookie,
		sessionId: group.nextSession?.id ?? overview.sessions[overview.sessions.length - 1].id,
		memberIds: overview.enrollments.map((e) => e.member.id)
	});
}
console.log(
	`signed in ${users.length} facilitators; ${seconds} s of load with ${connections} connections per scenario`
);

const markInput = (u: (typeof users)[number]) => ({
	sessionId: u.sessionId,
	changes: u.memberIds.map((memberId, k) => ({
		key: randomUUID(),
		memberId,
		status: k % 5 === 0 ? 'LATE' : 'PRESENT',
		minutesLate: k % 5 === 0 ? 5 : null
	}))
});
const attendanceAvailable =
	(await trpc(server.url, users[0].cookie, 'attendance.mark', {}, 'mutation')).status !== 404;
// One save per user first, so that a refusal shows its reason instead of thousands of non-2xx.
if (attendanceAvailable)
	for (const u of users) {
		const answer = await trpc(server.url, u.cookie, 'attendance.mark', markInput(u), 'mutation');
		if (answer.status !== 200) {
			console.error(`attendance.mark refused: HTTP ${answer.status} ${JSON.stringify(answer.error)}`);
			await server.kill();
			process.exit(1);
		}
	}
/** Issue #18's targets for each scenario at 20 connections. */
const TARGET = { throughput: 150, p99: 250 };

/** CPU time so far (user + system) of the server and its workers, in ms, from /proc (Linux); null elsewhere. */
function serverCpuMs(): number | null {
	try {
		const pid = server.child.pid;
		const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
		return [String(pid), ...children.filter(Boolean)].reduce((sum, id) => {
			const fields = fs.readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1].split(' ');
			// utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
			return sum + ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
		}, 0);
	} catch {
		return null;
	}
}

const perUser = Math.max(1, Math.floor(connections / users.length));
const run = (options: Record<string, unknown>) =>
	autocannon({ url: server.url, duration: seconds, connections: perUser, ...options });

function summarize(label: string, results: AutocannonResult[]) {
	const total = results.reduce((sum, r) => sum + r.requests.total, 0);
	return {
		name: label,
		requests: total,
		throughput: Math.round(results.reduce((sum, r) => sum + r.requests.average, 0)),
		p50: Math.max(...results.map((r) => r.latency.p50)),
		p99: Math.max(...results.map((r) => r.latency.p99)),
		non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
		errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
		timeouts: results.reduce((sum, r) => sum + r.timeouts, 0),
		// Which statuses the non-2xx answers had (e.g. "500:3"), so that a failure says what it was.
		otherStatuses: results
			.flatMap((r) => Object.entries(r.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2')))
			.map(([code, stat]) => `${code}:${stat.count}`)
			.join(' ')
	};
}

const verdict = (met: boolean) => (met ? 'met' : 'missed');
const cpuBefore = serverCpuMs();

const dashboards = Promise.all(
	users.map((u) => run({ method: 'GET', path: '/', headers: { cookie: u.cookie, accept: 'text/html' } }))
);
const attendance = attendanceAvailable
	? Promise.all(
			users.map((u) =>
				run({
					// A request template whose body is made anew for every request (a fresh idempotency key).
					requests: [
						{
							method: 'POST',
							path: '/api/trpc/attendance.mark',
							headers: { cookie: u.cookie, origin: server.url, 'content-type': 'application/json' },
							setupRequest: (request: Record<string, unknown>) => ({
								...request,
								body: JSON.stringify({ json: markInput(u) })
							})
						}
					]
				})
			)
		)
	: Promise.resolve([]);
const [dashboardResults, attendanceResults] = await Promise.all([dashboards, attendance]);
const cpuAfter = serverCpuMs();

const rss = (() => {
	try {
		const status = fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
		return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024);
	} catch {
		return undefined;
	}
})();
await server.kill();
if (dbKind === 'postgres') {
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	await admin.end();
} else fs.rmSync(dataDir, { recursive: true, force: true });

const scenarios = [summarize(`Dashboards (GET /), ${users.length} facilitators`, dashboardResults)];
if (attendanceAvailable)
	scenarios.push(
		summarize(`Attendance saves (15 members each), ${users.length} facilitators`, attendanceResults)
	);
const allRequests = scenarios.reduce((sum, s) => sum + s.requests, 0);
const serverCpuMsPerRequest =
	cpuBefore !== null && cpuAfter !== null && allRequests > 0
		? Math.round(((cpuAfter - cpuBefore) / allRequests) * 10) / 10
		: undefined;
const targets = scenarios.map((s) => ({
	name: s.name,
	throughput: `${s.throughput}/s ≥ ${TARGET.throughput}/s: ${verdict(s.throughput >= TARGET.throughput)}`,
	p99: `${s.p99} ms < ${TARGET.p99} ms: ${verdict(s.p99 < TARGET.p99)}`,
	responses: `${s.non2xx + s.errors} not 2xx: ${verdict(s.non2xx + s.errors === 0)}`
}));
console.table(scenarios);
console.table(targets);
if (serverCpuMsPerRequest !== undefined)
	console.log(`server CPU: ${serverCpuMsPerRequest} ms per request (both scenarios together)`);
const results = {
	generatedAt: new Date().toISOString(),
	database: dbKind === 'postgres' ? 'PostgreSQL' : 'PGlite',
	scale,
	seconds,
	workers: Number(workers),
	connectionsPerScenario: perUser * users.length,
	scenarios,
	targets,
	serverCpuMsPerRequest,
	serverRssMB: rss,
	note: attendanceAvailable
		? 'Both scenarios ran at the same time against one server process.'
		: 'attendance.mark is not in this build: dashboards only.'
};
// --out FILE: the results go there instead, and the README is left alone (the HTTP part of `npm run bench`).
const out = argument('out', '');
const file = out ? path.resolve(out) : path.join(import.meta.dirname, 'load-results.json');
fs.writeFileSync(file, JSON.stringify(results, null, '\t') + '\n');
if (!out) {
	writeReadme(import.meta.dirname);
	await formatFiles([file, path.join(import.meta.dirname, 'README.md')]);
}
const bad = scenarios.reduce((sum, s) => sum + s.non2xx + s.errors, 0);
if (bad > 0) {
	console.error(`${bad} responses were not 2xx (or failed)`);
	process.exit(1);
}
console.log('every response was a 2xx');
process.exit(0);
