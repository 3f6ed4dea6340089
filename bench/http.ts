// The HTTP part of `npm run bench` (`--http only|skip`): starts the built server (`node build`) on PostgreSQL (a
// throwaway database with the scale-1 bench organization) and on PGlite (the demo data in a temp DATA_DIR, as
// `npm start` makes it), signs in as a facilitator, and times requests one at a time on loopback: a static file,
// `/sign-in` without a cookie, `me.get`, the hot procedures, the batched procedures of each page's load and the
// pages themselves (with the server's `Server-Timing` breakdown when SERVER_TIMING=1 gives one). Then runs
// bench/load.ts on each database. Writes bench/results-http.json, each figure against its target.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrationsDir } from '../src/lib/server/db/config';
import { openDatabase } from '../src/lib/server/db/client';
import { applyMigrations } from '../src/lib/server/db/migrate';
import { DEMO_PASSWORD, seedLibrary } from '../src/lib/server/db/seed';
import { BENCH_PASSWORD, seedLargeOrganization } from './lib/large-org';
import { HttpClient, trpcBatchData, trpcBatchErrors, trpcQueryPath } from './lib/http-client';
import {
	HTTP_TARGETS,
	type HttpDatabaseResult,
	type HttpResults,
	type HttpTarget,
	type LoadResults,
	type RequestResult
} from './lib/http-report';
import { signInCookie, startServer, type ServerProcess } from '../tests/e2e/support/server-process';

export type HttpDatabase = 'postgres' | 'pglite';
export interface HttpBenchOptions {
	databases: HttpDatabase[];
	iterations: number;
	/** Seconds of bench/load.ts per database; 0 skips the load test. */
	loadSeconds: number;
	loadConnections: number;
	/** The servers listen on portBase (PostgreSQL), +1 (PGlite); load.ts on +2 and +3. */
	portBase: number;
	adminUrl: string;
	dbPrefix: string;
	outDir: string;
}

const root = path.resolve(import.meta.dirname, '..');
const buildDir = path.resolve(root, process.env.E2E_BUILD_DIR ?? 'build');
const WARMUP = 5;

/** Fails at once, before any seeding, when there is no build to start. */
export function assertBuilt() {
	if (!fs.existsSync(path.join(buildDir, 'index.js')))
		throw new Error(
			`no build in ${path.relative(root, buildDir) || '.'}/: the HTTP part of the bench starts \`node build\`. Run \`npm run build\` first (or \`npm run bench -- --http skip\`).`
		);
}

/** Cleanup steps of whatever is running now, run in reverse order on success, error, Ctrl-C or SIGTERM. */
const cleanups: (() => Promise<void> | void)[] = [];
/** Set by Ctrl-C or SIGTERM: nothing new starts, and whatever starts while the last step finishes is undone at once. */
let stopping = false;
function checkStopping() {
	if (stopping) throw new Error('stopped');
}
async function cleanAll() {
	while (cleanups.length) {
		const step = cleanups.pop()!;
		try {
			await step();
		} catch (error) {
			console.error(`cleanup failed: ${(error as Error).message}`);
		}
	}
}
function track(step: () => Promise<void> | void) {
	if (stopping) {
		void Promise.resolve()
			.then(step)
			.catch(() => undefined);
		throw new Error('stopped');
	}
	cleanups.push(step);
	return async () => {
		const index = cleanups.indexOf(step);
		if (index >= 0) cleanups.splice(index, 1);
		await step();
	};
}

async function dropDatabase(adminUrl: string, name: string) {
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	} finally {
		await client.end();
	}
}

interface Target {
	server: { databaseUrl?: string; dataDir?: string };
	data: string;
	email: string;
	password: string;
	/** Known ids (the bench organization), or found through the API (the demo data). */
	ids?: Ids;
	release: () => Promise<void>;
}
interface Ids {
	groupId: string;
	sessionId: string;
	memberId: string;
}

export async function prepare(
	kind: HttpDatabase,
	options: Pick<HttpBenchOptions, 'adminUrl' | 'dbPrefix'>
): Promise<Target> {
	if (kind === 'pglite') {
		// The server seeds the demo organization into the empty data directory at start-up, as `npm start` does.
		const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-http-'));
		const release = track(() => fs.rmSync(dataDir, { recursive: true, force: true }));
		return {
			server: { dataDir },
			data: 'the demo data (as `npm start` seeds it)',
			email: 'facilitator@demo.org',
			password: DEMO_PASSWORD,
			release
		};
	}
	const name = `${options.dbPrefix}_http`;
	const url = options.adminUrl.replace(/\/[^/]*$/, `/${name}`);
	await dropDatabase(options.adminUrl, name);
	const admin = new pg.Client({ connectionString: options.adminUrl });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const release = track(() => dropDatabase(options.adminUrl, name));
	const db = await openDatabase({ kind: 'postgres', url });
	try {
		await applyMigrations(db.adapterFactory, migrationsDir());
		await seedLibrary(db.prisma);
		const org = await seedLargeOrganization(db.prisma, 1);
		return {
			server: { databaseUrl: url },
			data: `the bench organization at scale 1 (${org.counts.groups} groups, ${org.counts.members} members)`,
			email: org.signIn.facilitators[0],
			password: BENCH_PASSWORD,
			ids: { groupId: org.ids.groupId, sessionId: org.ids.sessionId, memberId: org.ids.memberId },
			release
		};
	} finally {
		await db.close();
	}
}

/** A group the facilitator leads (with its next session when it has one) and one of its members, via the API. */
export async function discoverIds(client: HttpClient, cookie: string): Promise<Ids> {
	const dashboard = await client.get(trpcQueryPath([{ path: 'dashboard.get' }]), { cookie });
	const { groups } = trpcBatchData<{ groups: { id: string; nextSession: { id: string } | null }[] }>(
		dashboard.body
	);
	const group = groups.find((g) => g.nextSession) ?? groups[0];
	if (!group) throw new Error('the facilitator leads no group');
	const overview = await client.get(trpcQueryPath([{ path: 'groups.get', input: { groupId: group.id } }]), {
		cookie
	});
	const { sessions, enrollments } = trpcBatchData<{
		sessions: { id: string }[];
		enrollments: { member: { id: string } }[];
	}>(overview.body);
	if (!sessions.length || !enrollments.length) throw new Error('the group has no session or no member');
	return {
		groupId: group.id,
		sessionId: group.nextSession?.id ?? sessions[sessions.length - 1].id,
		memberId: enrollments[0].member.id
	};
}

interface RequestSpec {
	key: string;
	name: string;
	kind: RequestResult['kind'];
	path: string;
	label: string;
	cookie: boolean;
	/** tRPC calls of the request (checked: every call must answer with a result). */
	calls?: string[];
}

function staticAsset(): string {
	const immutable = path.join(buildDir, 'client', '_app', 'immutable');
	const entry = path.join(immutable, 'entry');
	const file = fs.existsSync(entry) ? fs.readdirSync(entry).find((f) => f.endsWith('.js')) : undefined;
	if (!file) throw new Error(`no JavaScript file in ${entry}`);
	return `/_app/immutable/entry/${file}`;
}

/** The pages timed, with the procedures their loads call (src/routes/(app)/…/+page.server.ts). */
function pageSpecs(ids: Ids) {
	const g = ids.groupId;
	const s = ids.sessionId;
	const m = ids.memberId;
	return [
		{
			name: 'Dashboard',
			route: '/',
			path: '/',
			calls: [{ path: 'dashboard.get' }, { path: 'reviews.queue' }]
		},
		{
			name: 'Group',
			route: '/groups/[groupId]',
			path: `/groups/${g}`,
			calls: [{ path: 'groups.get', input: { groupId: g } }]
		},
		{
			name: 'Planner',
			route: '/groups/[groupId]/sessions/[sessionId]/plan',
			path: `/groups/${g}/sessions/${s}/plan`,
			calls: [
				{ path: 'plans.get', input: { sessionId: s } },
				{ path: 'activities.list', input: {} },
				{ path: 'plans.suggestions', input: { sessionId: s } }
			]
		},
		{
			name: 'Group outcomes',
			route: '/groups/[groupId]/outcomes',
			path: `/groups/${g}/outcomes`,
			calls: [{ path: 'reports.outcomes', input: { groupId: g } }]
		},
		{
			name: 'Member progress',
			route: '/groups/[groupId]/progress/[memberId]',
			path: `/groups/${g}/progress/${m}`,
			calls: [{ path: 'reports.memberProgress', input: { groupId: g, memberId: m } }]
		}
	];
}

function specsFor(ids: Ids) {
	const procedure = (path: string, input?: unknown): RequestSpec => ({
		key: path,
		name: `\`${path}\``,
		kind: 'procedure',
		path: trpcQueryPath([{ path, input }]),
		label: `GET /api/trpc/${path}`,
		cookie: true,
		calls: [path]
	});
	const specs: RequestSpec[] = [
		{
			key: 'static',
			name: 'A static file',
			kind: 'static',
			path: staticAsset(),
			label: 'GET /_app/immutable/entry/…js',
			cookie: false
		},
		{
			key: 'sign-in',
			name: '`/sign-in` without a cookie',
			kind: 'page',
			path: '/sign-in',
			label: 'GET /sign-in',
			cookie: false
		},
		procedure('me.get'),
		procedure('dashboard.get'),
		procedure('groups.get', { groupId: ids.groupId }),
		procedure('plans.get', { sessionId: ids.sessionId }),
		procedure('reports.outcomes', { groupId: ids.groupId }),
		procedure('reports.memberProgress', { groupId: ids.groupId, memberId: ids.memberId })
	];
	const pages = pageSpecs(ids).map((page) => {
		const loadKey = page.calls.map((c) => c.path).join(',');
		if (!specs.some((s) => s.key === loadKey))
			specs.push({
				key: loadKey,
				name: `${page.calls.map((c) => `\`${c.path}\``).join(' + ')} (one batch)`,
				kind: 'procedures',
				path: trpcQueryPath(page.calls),
				label: `GET /api/trpc/${loadKey}`,
				cookie: true,
				calls: page.calls.map((c) => c.path)
			});
		specs.push({
			key: `page ${page.route}`,
			name: `${page.name} page`,
			kind: 'page',
			path: page.path,
			label: `GET ${page.route}`,
			cookie: true
		});
		return { name: page.name, route: page.route, pageKey: `page ${page.route}`, loadKey };
	});
	return { specs, pages };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
function quantile(samples: number[], q: number) {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Every request once, checked (a 2xx, every tRPC call answered), then timed in rounds, rotating the order. */
async function timeRequests(client: HttpClient, cookie: string, specs: RequestSpec[], iterations: number) {
	const results = new Map<string, RequestResult>();
	const live: RequestSpec[] = [];
	for (const spec of specs) {
		const base = { key: spec.key, name: spec.name, kind: spec.kind, request: spec.label };
		const answer = await client.get(spec.path, spec.cookie ? { cookie } : {});
		const problems =
			answer.status < 200 || answer.status >= 300
				? [`HTTP ${answer.status}`]
				: spec.calls
					? trpcBatchErrors(answer.body, spec.calls)
					: [];
		if (problems.length) {
			results.set(spec.key, { ...base, status: 'failed', error: problems.join('; ').slice(0, 300) });
			console.log(`  ${spec.label}: failed: ${problems.join('; ')}`);
		} else live.push(spec);
	}
	const samples = new Map(live.map((s) => [s.key, [] as { ms: number; timing: Record<string, number> }[]]));
	for (let i = -WARMUP; i < iterations; i++) {
		for (let k = 0; k < live.length; k++) {
			checkStopping();
			const spec = live[(k + Math.max(0, i)) % live.length];
			const answer = await client.get(spec.path, spec.cookie ? { cookie } : {});
			if (answer.status < 200 || answer.status >= 300)
				throw new Error(`${spec.label} answered HTTP ${answer.status} during the timing`);
			if (i >= 0) samples.get(spec.key)!.push({ ms: answer.ms, timing: answer.serverTiming });
		}
	}
	for (const spec of live) {
		const taken = samples.get(spec.key)!;
		const times = taken.map((t) => t.ms);
		const names = new Set(taken.flatMap((t) => Object.keys(t.timing)));
		const serverTiming = names.size
			? Object.fromEntries(
					[...names].map((name) => [
						name,
						round(
							quantile(
								taken.flatMap((t) => (name in t.timing ? [t.timing[name]] : [])),
								0.5
							)
						)
					])
				)
			: null;
		results.set(spec.key, {
			key: spec.key,
			name: spec.name,
			kind: spec.kind,
			request: spec.label,
			status: 'ok',
			median: round(quantile(times, 0.5)),
			p95: round(quantile(times, 0.95)),
			n: times.length,
			serverTiming
		});
	}
	return specs.map((s) => results.get(s.key)!);
}

/** bench/load.ts in its own process group (so that it and its server can be stopped together), results in a temp file. */
async function runLoad(kind: HttpDatabase, options: HttpBenchOptions, port: number): Promise<LoadResults> {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-bench-http-load-'));
	const out = path.join(tmp, 'load-results.json');
	const stopTmp = track(() => fs.rmSync(tmp, { recursive: true, force: true }));
	const child = spawn(
		process.execPath,
		[
			'--import',
			'tsx',
			path.join(root, 'bench', 'load.ts'),
			...['--seconds', String(options.loadSeconds), '--connections', String(options.loadConnections)],
			...['--db', kind, '--scale', '1', '--port', String(port), '--out', out]
		],
		{
			cwd: root,
			// Its PGlite data directory goes under tmp (os.tmpdir() reads TMPDIR), removed with it.
			env: { ...process.env, BENCH_DB_PREFIX: options.dbPrefix, TMPDIR: tmp },
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true
		}
	);
	const relay = (chunk: Buffer) =>
		process.stdout.write(
			chunk
				.toString()
				.split('\n')
				.map((line) => (line ? `    load: ${line}` : line))
				.join('\n')
		);
	child.stdout.on('data', relay);
	child.stderr.on('data', relay);
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	const stop = track(async () => {
		if (child.exitCode === null && child.signalCode === null) {
			try {
				process.kill(-child.pid!, 'SIGTERM');
			} catch {
				// already gone
			}
			const timer = setTimeout(() => {
				try {
					process.kill(-child.pid!, 'SIGKILL');
				} catch {
					// already gone
				}
			}, 5_000);
			await exited;
			clearTimeout(timer);
		}
		// load.ts drops its database when it finishes; not when it was stopped.
		if (kind === 'postgres') await dropDatabase(options.adminUrl, `${options.dbPrefix}_load`);
	});
	const code = await exited;
	try {
		if (!fs.existsSync(out)) throw new Error(`bench/load.ts exited with ${code} and wrote no results`);
		return JSON.parse(fs.readFileSync(out, 'utf8')) as LoadResults;
	} finally {
		await stop();
		await stopTmp();
	}
}

function targetsFor(
	kind: HttpDatabase,
	requests: RequestResult[],
	pages: HttpDatabaseResult['pages'],
	load?: LoadResults | { error: string }
) {
	const byKey = new Map(requests.map((r) => [r.key, r]));
	const ok = (key: string) => {
		const r = byKey.get(key);
		return r?.status === 'ok' ? r : undefined;
	};
	const targets: HttpTarget[] = [];
	const limit = kind === 'postgres' ? HTTP_TARGETS.whoIsAskingPostgresMs : HTTP_TARGETS.whoIsAskingPgliteMs;
	const me = ok('me.get');
	const file = ok('static');
	targets.push(
		me && file
			? {
					target: `Who is asking (\`me.get\` − static file) ≤ ${limit} ms`,
					measured: `${round(me.median! - file.median!)} ms (${me.median} − ${file.median})`,
					met: me.median! - file.median! <= limit
				}
			: { target: `Who is asking (\`me.get\` − static file) ≤ ${limit} ms`, measured: 'failed', met: null }
	);
	for (const page of pages) {
		const target = `${page.name} page (\`${page.route}\`) ≤ its load's procedures + ${HTTP_TARGETS.pageOverLoadMs} ms`;
		const p = ok(page.pageKey);
		const l = ok(page.loadKey);
		targets.push(
			p && l
				? {
						target,
						measured: `${p.median} ms = ${l.median} ${p.median! >= l.median! ? '+' : '−'} ${round(Math.abs(p.median! - l.median!))} ms`,
						met: p.median! - l.median! <= HTTP_TARGETS.pageOverLoadMs
					}
				: { target, measured: 'failed', met: null }
		);
	}
	if (load && 'scenarios' in load)
		for (const s of load.scenarios) {
			const label = s.name.replace(/\s*\(.*$|,.*$/, '');
			targets.push(
				{
					target: `Load: ${label} ≥ ${HTTP_TARGETS.loadThroughput}/s at ${load.connectionsPerScenario ?? '?'} connections`,
					measured: `${s.throughput}/s`,
					met: s.throughput >= HTTP_TARGETS.loadThroughput
				},
				{
					target: `Load: ${label} p99 < ${HTTP_TARGETS.loadP99Ms} ms`,
					measured: s.requests ? `${s.p99} ms` : 'no request answered',
					met: s.requests > 0 && s.p99 < HTTP_TARGETS.loadP99Ms
				},
				{
					target: `Load: ${label}, every response a 2xx`,
					measured: `${s.non2xx} non-2xx, ${s.errors} errors or timeouts, ${s.requests} answered`,
					met: s.requests > 0 && s.non2xx + s.errors === 0
				}
			);
		}
	else
		targets.push({
			target: `Load: dashboards and attendance saves ≥ ${HTTP_TARGETS.loadThroughput}/s, p99 < ${HTTP_TARGETS.loadP99Ms} ms, every response a 2xx`,
			measured: load ? `failed: ${load.error}` : 'not run',
			met: null
		});
	return targets;
}

async function measure(
	kind: HttpDatabase,
	options: HttpBenchOptions,
	index: number
): Promise<HttpDatabaseResult> {
	const database = kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
	console.log(`HTTP on ${database}:`);
	const base: Pick<HttpDatabaseResult, 'database' | 'measuredAt'> = {
		database,
		measuredAt: new Date().toISOString()
	};
	let result: HttpDatabaseResult;
	try {
		const target = await prepare(kind, options);
		const server: ServerProcess = await startServer({
			port: options.portBase + index,
			...target.server,
			env: { SERVER_TIMING: '1', SIGN_IN_RATE_LIMIT: '1000' },
			// PGlite's first start migrates and seeds the demo data, slow on a busy machine.
			timeoutMs: 300_000
		});
		const stopServer = track(() => server.kill());
		const client = new HttpClient(server.url);
		try {
			const cookie = await signInCookie(server.url, target.email, target.password);
			const ids = target.ids ?? (await discoverIds(client, cookie));
			const { specs, pages } = specsFor(ids);
			const requests = await timeRequests(client, cookie, specs, options.iterations);
			for (const r of requests)
				if (r.status === 'ok')
					console.log(
						`  ${r.request.padEnd(60).slice(0, 60)} ${String(r.median).padStart(7)} ms p95 ${String(r.p95).padStart(7)} ms${
							r.serverTiming
								? ` | ${Object.entries(r.serverTiming)
										.map(([k, v]) => `${k} ${v}`)
										.join(', ')}`
								: ''
						}`
					);
			result = { ...base, status: 'ok', data: target.data, as: target.email, requests, pages, targets: [] };
		} finally {
			client.close();
			await stopServer();
			await target.release();
		}
	} catch (error) {
		if (stopping) throw error;
		const message = error instanceof Error ? error.message : String(error);
		console.log(`  failed: ${message}`);
		result = {
			...base,
			status: 'failed',
			error: message.slice(0, 500),
			requests: [],
			pages: [],
			targets: []
		};
	}
	if (options.loadSeconds > 0) {
		checkStopping();
		console.log(
			`  load test on ${database} (${options.loadSeconds} s, ${options.loadConnections} connections):`
		);
		try {
			result.load = await runLoad(kind, options, options.portBase + 2 + index);
		} catch (error) {
			if (stopping) throw error;
			result.load = { error: (error as Error).message.slice(0, 300) };
			console.log(`  load test failed: ${result.load.error}`);
		}
	}
	result.targets = targetsFor(kind, result.requests, result.pages, result.load);
	return result;
}

/** Runs the HTTP part on each database and writes results-http.json; cleans up on error, Ctrl-C and SIGTERM. */
export async function runHttpBench(options: HttpBenchOptions): Promise<HttpResults> {
	assertBuilt();
	// The first signal undoes what runs now and lets the run unwind (a server being started is stopped as soon as
	// it is up); a second one exits at once.
	const onSignal = (signal: NodeJS.Signals) => {
		if (stopping) process.exit(130);
		stopping = true;
		console.log(`\n${signal}: stopping the HTTP bench's servers and dropping its databases…`);
		void cleanAll();
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	const started = new Date();
	try {
		const databases: HttpDatabaseResult[] = [];
		for (const [index, kind] of options.databases.entries()) {
			checkStopping();
			databases.push(await measure(kind, options, index));
		}
		// A database not run this time (--http-db) keeps its previous results, with their own date.
		const file = path.join(options.outDir, 'results-http.json');
		const before = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as HttpResults) : null;
		const previous = (before?.databases ?? [])
			.filter((d) => !databases.some((n) => n.database === d.database))
			.map((d) => ({ ...d, measuredAt: d.measuredAt ?? before!.generatedAt }));
		const order = ['PostgreSQL', 'PGlite'];
		databases.push(...previous);
		databases.sort((a, b) => order.indexOf(a.database) - order.indexOf(b.database));
		const results: HttpResults = {
			generatedAt: started.toISOString(),
			machine: {
				node: process.version,
				cpus: os.cpus().length,
				cpu: os.cpus()[0]?.model ?? '',
				loadAverage: os.loadavg().map((n) => Math.round(n * 10) / 10)
			},
			iterations: options.iterations,
			warmup: WARMUP,
			databases
		};
		fs.writeFileSync(file, JSON.stringify(results, null, '\t') + '\n');
		return results;
	} finally {
		await cleanAll();
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		if (stopping) {
			console.log('stopped; servers and databases cleaned up');
			process.exit(130);
		}
	}
}
